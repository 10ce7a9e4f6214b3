package com.lawfirm.benchmarks;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The suite as {@code ./suite} runs it, started on a fresh firm: seconds from the launcher's start to all five services
 * ready, and the resident memory (PSS) of all its processes at idle and under a steady stream of client registrations;
 * the baseline, in the same run, is the same launcher starting intake-service alone (with PostgreSQL, the broker and
 * the token issuer). It uses the services' fixed ports (8081–8085), so no other suite may be running.
 * <p>{@code benchmarks/run cold-start [--settle-seconds 20] [--load-seconds 30] [--rate 20]}
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        Measure.runAndExit(args, ColdStart::run);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("--settle-seconds", "20", "--load-seconds", "30",
                "--rate", "20"));
        Duration settle = Duration.ofSeconds(Long.parseLong(options.get("--settle-seconds")));
        int loadSeconds = Integer.parseInt(options.get("--load-seconds"));
        int rate = Integer.parseInt(options.get("--rate"));
        Path jar = Path.of("launcher", "target", "launcher.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with mvn -DskipTests install first");
        }

        double oneReady;
        long oneIdle;
        try (SuiteProcess one = SuiteProcess.start(jar, "intake")) {
            oneReady = one.awaitReady(Duration.ofMinutes(5));
            oneIdle = idlePss(one, settle);
        }
        double allReady;
        long allIdle;
        long allLoaded;
        int registered;
        try (SuiteProcess all = SuiteProcess.start(jar)) {
            allReady = all.awaitReady(Duration.ofMinutes(8));
            allIdle = idlePss(all, settle);
            long[] peak = {0};
            registered = steadyRegistrations(all, rate, loadSeconds, () -> peak[0] = Math.max(peak[0], all.pssMb()));
            allLoaded = peak[0];
        }

        System.out.printf("cold start of the suite on a fresh firm (launcher start to every service ready):%n");
        System.out.printf("  all five services      %6.1f s%n", allReady);
        System.out.printf("  intake-service alone   %6.1f s (baseline: the same launcher, PostgreSQL, broker and issuer)%n", oneReady);
        System.out.printf("  ratio %.2f%n", allReady / oneReady);
        System.out.printf("resident memory of every process of the suite (PSS):%n");
        System.out.printf("  all five, idle         %6d MB%n", allIdle);
        System.out.printf("  all five, under load   %6d MB (peak while %d clients were registered at %d/s)%n", allLoaded,
                registered, rate);
        System.out.printf("  intake alone, idle     %6d MB (baseline)%n", oneIdle);
        System.out.printf("  ratios: idle %.2f, under load %.2f%n", allIdle / (double) oneIdle, allLoaded / (double) oneIdle);
    }

    /** Memory once the start's work (migrations, JIT, first polls) has settled. */
    private static long idlePss(SuiteProcess suite, Duration settle) throws Exception {
        Thread.sleep(settle.toMillis());
        return suite.pssMb();
    }

    /** Registers clients at intake at {@code rate} a second for {@code seconds}, sampling memory each second. */
    private static int steadyRegistrations(SuiteProcess suite, int rate, int seconds, Sample sample) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = suite.token("bench", "INTAKE");
        String url = "http://localhost:8081/api/clients";
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        int registered = 0;
        for (int i = 0; i < rate * seconds; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            if (BenchStack.registerClient(http, url, "Bearer " + token, "内存基准客户 Memory bench client " + i)) {
                registered++;
            }
            if (i % rate == 0) {
                sample.take();
            }
        }
        sample.take();
        return registered;
    }

    @FunctionalInterface
    private interface Sample {
        void take() throws Exception;
    }
}
