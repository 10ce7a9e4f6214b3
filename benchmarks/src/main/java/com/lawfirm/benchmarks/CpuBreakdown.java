package com.lawfirm.benchmarks;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the machine's time goes while a slice runs: the CPU time of this JVM's threads, grouped by what they do (their
 * names say it), the JVM's own (the JIT and the collector, and threads gone meanwhile), PostgreSQL's processes and
 * any other JVM (the suite's services, with --against suite).
 * Summed over the slices it is given, and printed per operation: with the service, its broker, its database and the
 * load generator on the same two cores, it shows which of them an operation's cost is.
 */
final class CpuBreakdown {

    /** Thread groups, by name, in the order printed; the first that matches takes a thread. */
    private static final List<Map.Entry<String, Pattern>> GROUPS = List.of(
            Map.entry("client threads (load generator; in process, the command too)", Pattern.compile("^(load-|HttpClient-).*")),
            Map.entry("Tomcat request threads (web stack and the command)", Pattern.compile("^http-nio-.*")),
            Map.entry("publishing to Kafka", Pattern.compile("^(EventProcessor\\[kafka-publisher\\]|kafka-producer-).*")),
            Map.entry("event processors (read models) and the store's reader",
                    Pattern.compile("^(EventProcessor\\[|EmbeddedEventStore).*")),
            Map.entry("consumers of Kafka topics", Pattern.compile("^(kafka-source-|kafka-coordinator-).*")),
            Map.entry("Kafka broker", Pattern.compile(
                    "^(data-plane-kafka|kafka|quorum-controller|ExpirationReaper|executor-|LogDirFailureHandler"
                            + "|raft|broker-|controller-|feature-|metadata|group-coordinator|transaction-|ReplicaFetcher"
                            + "|share-|TxnMarker|AlterPartition|ForwardingManager|BrokerToController|node-).*")));
    private static final String OTHER = "other threads of this JVM";
    private static final String JVM = "the JVM's own (JIT, GC) and threads gone";
    private static final String POSTGRES = "PostgreSQL";
    private static final String OTHER_JVM = "another JVM";
    /** The kernel's clock ticks per second, as /proc/[pid]/stat counts CPU time (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean process =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private long operations;

    /** What a slice is: it runs, then says how many operations it did. */
    interface Slice {
        int run() throws Exception;
    }

    /** Runs the slice and adds the machine time it took, by group, to the totals. */
    void measure(Slice slice) throws Exception {
        Map<Long, Long> threadsBefore = threadTimes();
        Map<Long, String> names = threadNames();
        long workersBefore = Measure.workerCpuNanos();
        long processBefore = process.getProcessCpuTime();
        Map<String, Spent> processesBefore = otherProcesses();
        operations += slice.run();
        Map<String, Spent> processesAfter = otherProcesses();
        long processAfter = process.getProcessCpuTime();
        long workersAfter = Measure.workerCpuNanos();
        Map<Long, Long> threadsAfter = threadTimes();
        names.putAll(threadNames());

        long accounted = 0;
        for (Map.Entry<Long, Long> after : threadsAfter.entrySet()) {
            String name = names.get(after.getKey());
            if (name != null && name.startsWith(Measure.LOAD_THREAD)) {
                continue; // a worker adds up its own time as it ends, below
            }
            long spent = after.getValue() - threadsBefore.getOrDefault(after.getKey(), 0L);
            add(group(name), spent);
            accounted += spent;
        }
        // the measuring slices' workers are gone by now, or about to be; each added up its own time as it ended
        long workers = workersAfter - workersBefore;
        add(GROUPS.get(0).getKey(), workers);
        accounted += workers;
        add(JVM, Math.max(0, processAfter - processBefore - accounted));
        // process by process: one that ended meanwhile (an autovacuum worker, a retired connection) is left out, not
        // taken off its group; one that started meanwhile counts whole
        processesAfter.forEach((process, after) -> {
            Spent before = processesBefore.get(process);
            add(after.part(), after.nanos() - (before == null ? 0 : before.nanos()));
        });
    }

    /** The machine time per operation of each group, and in all, over every slice measured. */
    void print(String what) {
        if (operations == 0) {
            return;
        }
        long all = totals.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("  machine time per %s, %.3f ms in all (CPU time of every thread and process; %d measured):%n",
                what, all / 1e6 / operations, operations);
        List<String> order = Stream.concat(Stream.concat(GROUPS.stream().map(Map.Entry::getKey), Stream.of(OTHER, JVM)),
                totals.keySet().stream().filter(group -> group.startsWith(POSTGRES) || group.startsWith(OTHER_JVM))
                        .sorted()).toList();
        for (String group : order) {
            long nanos = totals.getOrDefault(group, 0L);
            if (nanos < operations * 1_000L) {
                continue; // under a microsecond per operation: a part this slice did not use
            }
            System.out.printf("    %-60s %7.3f ms %5.1f%%%n", group, nanos / 1e6 / operations, 100.0 * nanos / all);
        }
    }

    private void add(String group, long nanos) {
        totals.merge(group, nanos, Long::sum);
    }

    private static String group(String threadName) {
        if (threadName == null) {
            return OTHER;
        }
        return GROUPS.stream().filter(g -> g.getValue().matcher(threadName).matches()).map(Map.Entry::getKey)
                .findFirst().orElse(OTHER);
    }

    private Map<Long, Long> threadTimes() {
        Map<Long, Long> times = new LinkedHashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                times.put(id, cpu);
            }
        }
        return times;
    }

    private Map<Long, String> threadNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return names;
    }

    /**
     * CPU time of the other processes on this machine that take part: every postgres process (the benchmark's own
     * server, or the suite's), by what its title says it serves (a connection's database, or a background process: the
     * WAL writer, autovacuum...); and every other JVM, by the jar it runs (the suite's services and its launcher).
     */
    private static Map<String, Spent> otherProcesses() {
        String self = Long.toString(ProcessHandle.current().pid());
        Map<String, Spent> spent = new LinkedHashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    String command = Files.readString(dir.resolve("comm")).strip();
                    boolean postgres = command.equals("postgres");
                    if (!postgres && !(command.equals("java") && !dir.getFileName().toString().equals(self))) {
                        continue;
                    }
                    String stat = Files.readString(dir.resolve("stat"));
                    // the fields after the command's closing parenthesis; utime and stime are the 14th and 15th
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String title = Files.readString(dir.resolve("cmdline"));
                    // the pid with its start time (the 22nd field): a pid the kernel hands out again is another process
                    spent.put(dir.getFileName() + "@" + fields[19], new Spent(
                            postgres ? POSTGRES + ", " + part(title) : OTHER_JVM + ", " + jar(title),
                            ticks * (1_000_000_000L / TICKS_PER_SECOND)));
                } catch (IOException | RuntimeException gone) {
                    // the process ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return spent;
    }

    /** A process's CPU time so far, and the group it counts in. */
    private record Spent(String part, long nanos) {
    }

    /** The jar a JVM runs, from its command line ({@code java ... -jar path/intake-service.jar ...}). */
    private static String jar(String commandLine) {
        String[] arguments = commandLine.split("\0");
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-jar")) {
                return Path.of(arguments[i + 1]).getFileName().toString();
            }
        }
        return "no jar";
    }

    /**
     * What a postgres process serves, from the title it sets: {@code postgres: user database host(port) state} for a
     * connection, {@code postgres: walwriter} and the like for the server's own; the postmaster's is its command line.
     */
    private static String part(String title) {
        String[] words = title.replace('\0', ' ').strip().split("\\s+");
        if (words.length >= 4 && words[0].equals("postgres:") && words[3].contains("(")) {
            return "connections to " + words[2];
        }
        if (words.length >= 2 && words[0].equals("postgres:")) {
            return words[1].equals("autovacuum") || words[1].equals("logical") || words[1].equals("background")
                    ? words[1] + (words.length > 2 ? " " + words[2] : "") : words[1];
        }
        return "postmaster";
    }
}
