package com.lawfirm.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite as {@code ./suite} runs it (the launcher's jar: PostgreSQL, the broker, the token issuer and the services
 * as their own JVMs), on a fresh data directory, with the time it took to be ready and the memory of all its processes.
 */
final class SuiteProcess implements AutoCloseable {

    private static final String READY = "The law firm suite is ready";

    private final Process launcher;
    private final Path data;
    private final int tokenPort;
    private final int postgresPort;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final long startedAt = System.nanoTime();
    private volatile long readyAt;

    private SuiteProcess(Process launcher, Path data, int tokenPort, int postgresPort) {
        this.launcher = launcher;
        this.data = data;
        this.tokenPort = tokenPort;
        this.postgresPort = postgresPort;
        Thread reader = new Thread(this::readOutput, "suite-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the launcher; {@code only} names the services to start, or none for all five. */
    static SuiteProcess start(Path launcherJar, String... only) throws IOException {
        Path data = Files.createTempDirectory("lawfirm-bench-suite");
        int tokenPort = freePort();
        int postgresPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", launcherJar.toString(), "--fresh",
                "--data-dir", data.resolve("firm").toString(), "--pg-port", String.valueOf(postgresPort),
                "--kafka-port", String.valueOf(freePort()), "--token-port", String.valueOf(tokenPort)));
        if (only.length > 0) {
            command.addAll(List.of("--only", String.join(",", only)));
        }
        return new SuiteProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), data, tokenPort,
                postgresPort);
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(READY) && !ready.isDone()) {
                    readyAt = System.nanoTime();
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the suite exited before it was ready; its logs are in " + data));
    }

    /** Seconds from the launcher's start to every service answering ready. */
    double awaitReady(Duration timeout) throws Exception {
        ready.get(timeout.toSeconds(), TimeUnit.SECONDS);
        return (readyAt - startedAt) / 1e9;
    }

    String tokenUrl() {
        return "http://localhost:" + tokenPort + "/token";
    }

    /** A database of the suite's PostgreSQL (user and password {@code postgres}, as the launcher sets them). */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** A token of the launcher's development issuer, as {@code ./suite} hands them out. */
    String token(String user, String roles) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        return http.send(HttpRequest.newBuilder(URI.create(tokenUrl() + "?user=" + user + "&roles="
                + URLEncoder.encode(roles, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Proportional set size of every process of the suite, in MB: the launcher, the services' JVMs and PostgreSQL's
     * processes (which run detached from the launcher, found by their data directory).
     */
    long pssMb() throws IOException {
        Set<Long> pids = processes();
        long kb = 0;
        for (long pid : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        kb += Long.parseLong(line.replaceAll("\\D+", ""));
                    }
                }
            } catch (IOException gone) {
                // the process ended meanwhile
            }
        }
        return kb / 1024;
    }

    /**
     * The launcher and its descendants, and PostgreSQL: its postmaster runs detached from the launcher (found by its
     * data directory), and its backends, which rename themselves, are the postmaster's children.
     */
    private Set<Long> processes() throws IOException {
        Set<Long> pids = new HashSet<>();
        pids.add(launcher.pid());
        launcher.descendants().forEach(p -> pids.add(p.pid()));
        String marker = data.toString();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    if (new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).contains(marker)) {
                        long pid = Long.parseLong(p.getFileName().toString());
                        pids.add(pid);
                        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            });
        }
        return pids;
    }

    /** Stops the suite as Ctrl-C does (the services, the broker, then PostgreSQL) and removes its data. */
    @Override
    public void close() throws Exception {
        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            for (long pid : processes()) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
