package com.lawfirm.benchmarks;

import com.lawfirm.intake.IntakeServiceApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Commands per second through HTTP into the event store (register a client: validation, the aggregate, the event
 * with its hash chain, the new client's data key, the outbox to Kafka), as a ratio to plain JDBC inserts of the
 * rows such a command writes into the same PostgreSQL, on as many threads, in the same run, the two alternating in
 * {@code --rounds} rounds. Target: at least 0.3.
 * The rows are those of a registration: the client's data key in a transaction of its own (as the key store makes
 * it), then the event and its chain link in one. The ratio to one event row per transaction, the baseline of earlier
 * runs, is printed too.
 * Both are warmed up first, the service until the JIT has settled (at most {@code --warm-up-seconds}): a service runs
 * for months, and on two cores the JIT is still compiling the request path minutes in (65 commands/s after 30 s of
 * load, 150 after five minutes).
 * <p>{@code --against suite} measures the suite as {@code ./suite} runs it instead (a fresh firm; every service its own
 * JVM with the launcher's options, C1 only; fsync on): the commands go to its intake-service, the baseline's rows into
 * its PostgreSQL. Its services' JIT is out of this JVM's sight, so the warm-up is {@code --warm-up-seconds} of load.
 * <p>{@code benchmarks/run command-throughput [--commands 20000] [--clients 8] [--warm-up-seconds 600]
 * [--against embedded|suite] [--rounds 5] [--in-process false] [--web-floor false] [--breakdown true]}
 * <p>The requests are sent by {@link PlainHttp}, a load generator that costs the machine little (the JDK's client
 * took about 0.2 ms of its two cores per request from the service it measured).
 * <p>{@code --breakdown true} prints the machine time each kind of slice took per command, split by who spent it
 * ({@link CpuBreakdown}): the load generator, the request threads, the read models, the publisher, the broker,
 * PostgreSQL. The HTTP and in-process slices are counted with the settling after them, when the read models and the
 * publisher finish their events.
 * <p>{@code --in-process true} adds a third slice to each round: the same command sent to intake's command bus in this
 * JVM, past the web stack, for what HTTP costs a command.
 * <p>{@code --web-floor true} adds two more: requests that cross the whole web stack and reach no command ({@link
 * WebFloor}), with the machine's time (cores times wall time) per request of each slice, the least any command over
 * HTTP can cost set beside the target's budget.
 */
public final class CommandThroughput {

    /** At most this long a slice waits for the machine to quieten; it then starts all the same, and is counted. */
    private static final int QUIET_WITHIN_SECONDS = 60;

    private CommandThroughput() {
    }

    public static void main(String[] args) {
        Measure.runAndExit(args, CommandThroughput::run);
    }

    /** Where the commands go and the baseline's rows are written, and how it all stops. */
    private record Target(String url, String token, String jdbcUrl, String user, String password, AutoCloseable stop,
                          ConfigurableApplicationContext intake) {
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("--commands", "20000", "--clients", "8",
                "--warm-up-seconds", "600", "--against", "embedded", "--rounds", "5", "--in-process", "false",
                "--web-floor", "false", "--breakdown", "true"));
        int warmUp = Integer.parseInt(options.get("--warm-up-seconds"));
        int commands = Integer.parseInt(options.get("--commands"));
        int clients = Integer.parseInt(options.get("--clients"));
        int rounds = Integer.parseInt(options.get("--rounds"));
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds is at least 1");
        }
        boolean suite = switch (options.get("--against")) {
            case "embedded" -> false;
            case "suite" -> true;
            default -> throw new IllegalArgumentException("--against is embedded or suite");
        };
        boolean inProcess = Boolean.parseBoolean(options.get("--in-process"));
        boolean webFloor = Boolean.parseBoolean(options.get("--web-floor"));
        boolean breakdown = Boolean.parseBoolean(options.get("--breakdown"));
        if (inProcess && suite) {
            throw new IllegalArgumentException("--in-process needs intake-service in this JVM: --against embedded");
        }
        Target target = suite ? suite() : embedded();
        try {
            measure(target, suite, warmUp, commands, clients, rounds, inProcess, webFloor, breakdown);
        } finally {
            // a suite left running would hold the services' ports
            target.stop().close();
        }
    }

    private static void measure(Target target, boolean suite, int warmUp, int commands, int clients, int rounds,
                                boolean inProcess, boolean webFloor, boolean breakdown) throws Exception {
        PlainHttp http = new PlainHttp(target.url(), target.token());
        String path = URI.create(target.url()).getPath();
        Registrations registrations = new Registrations(http, path);
        InProcessRegistrations direct = inProcess ? new InProcessRegistrations(target.intake()) : null;
        WebFloor floor = webFloor ? new WebFloor(http, path) : null;
        AtomicInteger warmedUp = new AtomicInteger();
        // with --in-process both ways in are warmed up, one command in two each; with --web-floor, one request in
        // four is one of its two
        Measure.Slice load = seconds -> Measure.runFor(clients, seconds, i -> floor != null && i % 4 == 3
                ? (i / 4 % 2 == 0 ? floor.lookUpUnknownClient() : floor.registerRefused())
                : direct != null && i % 2 == 1
                ? direct.register("基准客户 Warm-up " + warmedUp.incrementAndGet())
                : registrations.register("基准客户 Warm-up " + warmedUp.incrementAndGet()));
        if (suite) {
            load.run(warmUp);
            System.out.printf("warmed up for %d s (the services' JIT runs in their own JVMs)%n", warmUp);
        } else {
            Measure.warmUp(60, warmUp, load);
        }
        try (BaselineRows baseline = BaselineRows.open(target.jdbcUrl(), target.user(), target.password(), clients)) {
            measureRounds(registrations, direct, floor, baseline, suite, commands, clients, rounds, warmUp,
                    breakdown ? new Breakdowns() : null);
        }
    }

    /** Clients registered through intake's HTTP API, as {@link BenchStack#registerClient} registers them. */
    private record Registrations(PlainHttp http, String path) {
        boolean register(String name) {
            return http.post(path, "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}") == 201;
        }
    }

    /** Where the machine's time went in each kind of slice. */
    private record Breakdowns(CpuBreakdown http, CpuBreakdown inProcess, CpuBreakdown jdbc) {
        Breakdowns() {
            this(new CpuBreakdown(), new CpuBreakdown(), new CpuBreakdown());
        }
    }

    private static void measureRounds(Registrations registrations, InProcessRegistrations direct, WebFloor floor,
                                      BaselineRows baseline, boolean suite, int commands, int clients, int rounds,
                                      int warmUp, Breakdowns breakdowns) throws Exception {
        // the insert path is short: 20 s compiles it (and minutes would add millions of rows to insert into)
        Measure.runFor(clients, Math.min(warmUp, 20), i -> baseline.registration("基准客户 Warm-up " + i));

        // the two alternate, round by round: a neighbour's burst on a shared machine then moves one round's ratio,
        // not the whole baseline (one measurement after the other gave 0.12 to 0.20 on the same code)
        int perRound = Math.max(1, commands / rounds);
        AtomicInteger sent = new AtomicInteger();
        double[] ratios = new double[rounds];
        double httpSeconds = 0;
        double directSeconds = 0;
        double lookUpSeconds = 0;
        double refusedSeconds = 0;
        double jdbcSeconds = 0;
        int busy = 0;
        for (int round = 0; round < rounds; round++) {
            busy += stillBusy(Measure.awaitQuiet(QUIET_WITHIN_SECONDS));
            // the service's projections and publisher finish the round's events first, out of the baseline's time;
            // how long they took is printed, so a service that falls behind shows. Their work is the command's all
            // the same: the breakdown counts it.
            Measured viaHttp = slice(breakdowns == null ? null : breakdowns.http(), clients, perRound, true,
                    i -> registrations.register("基准客户 Bench client " + sent.incrementAndGet()));
            busy += stillBusy(viaHttp.quietAfter());
            String inProcess = "";
            if (direct != null) {
                Measured viaBus = slice(breakdowns == null ? null : breakdowns.inProcess(), clients, perRound, true,
                        i -> direct.register("基准客户 Bench client " + sent.incrementAndGet()));
                directSeconds += perRound / viaBus.rate();
                inProcess = ", in process %7.1f".formatted(viaBus.rate());
                busy += stillBusy(viaBus.quietAfter());
            }
            if (floor != null) {
                lookUpSeconds += perRound / Measure.rate(clients, perRound, i -> floor.lookUpUnknownClient());
                busy += stillBusy(Measure.awaitQuiet(QUIET_WITHIN_SECONDS));
                refusedSeconds += perRound / Measure.rate(clients, perRound, i -> floor.registerRefused());
                busy += stillBusy(Measure.awaitQuiet(QUIET_WITHIN_SECONDS));
            }
            double viaJdbc = slice(breakdowns == null ? null : breakdowns.jdbc(), clients, perRound, false,
                    i -> baseline.registration("基准客户 Bench client " + UUID.randomUUID())).rate();
            ratios[round] = viaHttp.rate() / viaJdbc;
            httpSeconds += perRound / viaHttp.rate();
            jdbcSeconds += perRound / viaJdbc;
            System.out.printf("  round %d: HTTP %7.1f commands/s (quiet %s after)%s, plain JDBC %7.1f/s, ratio %.2f%n",
                    round + 1, viaHttp.rate(), viaHttp.quietAfter() < 0 ? "not within " + QUIET_WITHIN_SECONDS + " s"
                            : "%.1f s".formatted(viaHttp.quietAfter()),
                    inProcess, viaJdbc, ratios[round]);
        }
        busy += stillBusy(Measure.awaitQuiet(QUIET_WITHIN_SECONDS));
        double oneRow = Measure.rate(clients, rounds * perRound, i -> baseline.eventRow("基准客户 Bench client " + i));
        double viaHttp = rounds * perRound / httpSeconds;
        double viaJdbc = rounds * perRound / jdbcSeconds;
        Arrays.sort(ratios);

        System.out.printf("command throughput, %d commands on %d clients in %d rounds, %s:%n", rounds * perRound, clients,
                rounds, suite ? "the suite as ./suite runs it" : "intake-service in this JVM");
        if (busy > 0) {
            System.out.printf("  (the machine was still busy after %d s before %d of the slices)%n", QUIET_WITHIN_SECONDS,
                    busy);
        }
        System.out.printf("  HTTP -> event store          %8.1f commands/s%n", viaHttp);
        if (direct != null) {
            double inProcess = rounds * perRound / directSeconds;
            System.out.printf("  command bus -> event store   %8.1f commands/s (in process, no web stack), ratio %.2f%n",
                    inProcess, inProcess / viaJdbc);
        }
        System.out.printf("  plain JDBC, a registration's rows %6.1f/s (baseline: key; event + chain link)%n", viaJdbc);
        System.out.printf("  plain JDBC, one event row     %8.1f/s%n", oneRow);
        if (floor != null) {
            double total = rounds * perRound;
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("  the web stack alone: a client looked up that does not exist (404) %.1f/s, a registration"
                    + " refused by validation (400) %.1f/s%n", total / lookUpSeconds, total / refusedSeconds);
            System.out.printf("  machine time (%d cores x wall time) per request: 404 %.2f ms, 400 %.2f ms, a registration"
                            + " over HTTP %.2f ms%s, the baseline's rows %.2f ms; a ratio of 0.30 allows %.2f ms%n", cores,
                    cores * 1000 * lookUpSeconds / total, cores * 1000 * refusedSeconds / total,
                    cores * 1000 * httpSeconds / total,
                    direct == null ? "" : ", in process %.2f ms".formatted(cores * 1000 * directSeconds / total),
                    cores * 1000 * jdbcSeconds / total, cores * 1000 * jdbcSeconds / total / 0.3);
        }
        if (breakdowns != null) {
            breakdowns.http().print("registration over HTTP (the slice and its settling)");
            if (direct != null) {
                breakdowns.inProcess().print("registration in process (the slice and its settling)");
            }
            breakdowns.jdbc().print("baseline registration's rows");
        }
        double median = rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2;
        System.out.printf("  ratio %.2f, median of the rounds' %.2f (%.2f to %.2f) (target >= 0.30); to one event row"
                + " per transaction %.2f%n", viaHttp / viaJdbc, median, ratios[0], ratios[rounds - 1], viaHttp / oneRow);
    }

    /** A measured slice: operations per second, and the seconds the machine took to quieten after it (-1: longer). */
    private record Measured(double rate, double quietAfter) {
    }

    /**
     * Runs {@code count} operations on {@code clients} threads and, when {@code settle}, waits for the machine to
     * quieten (the read models and the publisher finishing the slice's events): all of it under the breakdown, when
     * there is one, since that work is the operations' too.
     */
    private static Measured slice(CpuBreakdown breakdown, int clients, int count, boolean settle, IntPredicate operation)
            throws Exception {
        double[] figures = new double[2];
        CpuBreakdown.Slice slice = () -> {
            figures[0] = Measure.rate(clients, count, operation);
            figures[1] = settle ? Measure.awaitQuiet(QUIET_WITHIN_SECONDS) : 0;
            return count;
        };
        if (breakdown == null) {
            slice.run();
        } else {
            breakdown.measure(slice);
        }
        return new Measured(figures[0], figures[1]);
    }

    /** 1 when the machine did not quieten before a slice, for the count printed with the figures. */
    private static int stillBusy(double waited) {
        return waited < 0 ? 1 : 0;
    }

    private static Target embedded() {
        BenchStack stack = new BenchStack();
        ConfigurableApplicationContext intake = stack.start(IntakeServiceApplication.class, IntakeServiceApplication.SERVICE, Map.of());
        return new Target(BenchStack.url(intake) + "/api/clients", "Bearer " + stack.token("bench", "INTAKE"),
                stack.database("bench_jdbc"), stack.user(), stack.password(), intake::close, intake);
    }

    /** The suite on a fresh firm, on the services' fixed ports: no other suite may be running. */
    private static Target suite() throws Exception {
        Path jar = Path.of("launcher", "target", "launcher.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with mvn -DskipTests install first");
        }
        SuiteProcess suite = SuiteProcess.start(jar);
        try {
            suite.awaitReady(Duration.ofMinutes(8));
            try (Connection setup = DriverManager.getConnection(suite.jdbcUrl("postgres"), "postgres", "postgres")) {
                setup.createStatement().execute("CREATE DATABASE bench_jdbc");
            }
            return new Target("http://localhost:8081/api/clients", "Bearer " + suite.token("bench", "INTAKE"),
                    suite.jdbcUrl("bench_jdbc"), "postgres", "postgres", suite, null);
        } catch (Exception e) {
            suite.close();
            throw e;
        }
    }
}
