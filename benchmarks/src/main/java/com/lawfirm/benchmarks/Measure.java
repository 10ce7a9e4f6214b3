package com.lawfirm.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

/** Timing helpers: operations per second over several threads, percentiles, and the line each benchmark prints. */
final class Measure {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** CPU time the measuring workers spent, each adding its own as it ends (a breakdown reads it after they are gone). */
    private static final LongAdder WORKER_CPU = new LongAdder();
    private static final AtomicInteger WORKERS = new AtomicInteger();
    /** The names of the load generator's threads begin with this. */
    static final String LOAD_THREAD = "load-";

    private Measure() {
    }

    static long workerCpuNanos() {
        return WORKER_CPU.sum();
    }

    /** A pool of load generator threads, named {@code load-N} so a {@link CpuBreakdown} knows them. */
    static ExecutorService loadThreads(int threads) {
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, LOAD_THREAD + WORKERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code operation(i)} for i in [0, count) on {@code threads} threads; operations per second. */
    static double rate(int threads, int count, IntPredicate operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = loadThreads(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    try {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            if (!operation.test(i)) {
                                failed.incrementAndGet();
                            }
                        }
                    } finally {
                        WORKER_CPU.add(CPU.getCurrentThreadCpuTime() - cpu);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " operations failed");
        }
        return count / seconds;
    }

    /**
     * Runs {@code operation(i)} on {@code threads} threads for {@code seconds}: the warm-up before a measurement, so it
     * measures the compiled, steady service and not the JIT at work (cold start has its own benchmark).
     */
    static void runFor(int threads, int seconds, IntPredicate operation) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = loadThreads(threads);
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        operation.test(next.getAndIncrement());
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Seconds of load per slice of the warm-up. */
    private static final int SLICE_SECONDS = 10;

    /** Load for the given seconds. */
    interface Slice {
        void run(int seconds) throws Exception;
    }

    /**
     * Warms up until the JIT has settled: slices of load run while the compilers spent more than a tenth of the last
     * slice's time compiling, for at least {@code minSeconds} and at most {@code maxSeconds}. A service runs for
     * months; on two cores the JIT compiles two services, their consumers and a broker for minutes, and a measurement
     * taken meanwhile measures the compiler.
     */
    static void warmUp(int minSeconds, int maxSeconds, Slice slice) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        while (true) {
            long compiledBefore = jit.getTotalCompilationTime();
            long sliceStart = System.nanoTime();
            slice.run(SLICE_SECONDS);
            double compiling = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - sliceStart) / 1e6);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= maxSeconds || elapsed >= minSeconds && compiling < 0.1) {
                System.out.printf("warmed up for %.0f s; the JIT compiled during %.0f%% of the last %d s%n", elapsed,
                        compiling * 100, SLICE_SECONDS);
                return;
            }
        }
    }

    /**
     * Waits, at most {@code maxSeconds}, until the machine is quiet: under a tenth of its CPU time busy over two half
     * seconds in a row (from /proc/stat; elsewhere it does not wait), so a lull between two batches does not pass
     * for it. What one measurement left behind (projections and the publisher catching up) then takes no CPU from
     * the next. Returns the seconds waited, or -1 if still busy.
     */
    static double awaitQuiet(int maxSeconds) throws InterruptedException {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return 0;
        }
        long start = System.nanoTime();
        long[] before = cpuTimes(stat);
        int quietWindows = 0;
        while (System.nanoTime() - start < maxSeconds * 1_000_000_000L) {
            Thread.sleep(500);
            long[] after = cpuTimes(stat);
            long total = after[0] - before[0];
            long idle = after[1] - before[1];
            // a window without both readings says nothing
            boolean quiet = before[0] > 0 && after[0] > 0 && total > 0 && total - idle < total / 10;
            quietWindows = quiet ? quietWindows + 1 : 0;
            before = after;
            if (quietWindows == 2) {
                return (System.nanoTime() - start) / 1e9;
            }
        }
        return -1;
    }

    /**
     * All CPU time and idle time (idle and waiting for I/O) so far, in jiffies; zeros if unreadable. User to steal:
     * the guest fields after them are counted in user time already.
     */
    private static long[] cpuTimes(Path stat) {
        try {
            String[] fields = Files.readAllLines(stat).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[]{total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** A benchmark's body. */
    interface Benchmark {
        void run(String[] args) throws Exception;
    }

    /** Runs a benchmark and ends the JVM either way: the stack's threads would keep it up after a failure. */
    static void runAndExit(String[] args, Benchmark benchmark) {
        try {
            benchmark.run(args);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    static long heapUsedMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
