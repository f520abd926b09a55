package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop HTTP command load: each client sends its next single-event command as soon as the previous one is
 * answered, on partnerships drawn from a pool or all on one hot partnership, and the throughput at each client count
 * is set beside the raw single-row INSERT rate at the same number of connections.
 */
final class CommandLoad {

    static final String SECTION = "2. commands";

    /** What one closed-loop run measured. */
    record Run(double throughput, Latencies latencies, long errors, String lastError) {
    }

    private final Commands commands;
    private final Sizes sizes;
    private final Report report;
    private final List<String> pool = new ArrayList<>();

    CommandLoad(Commands commands, Sizes sizes, Report report) {
        this.commands = commands;
        this.sizes = sizes;
        this.report = report;
    }

    /** Forms the pool of partnerships the other sections share too. */
    List<String> formPool() throws Exception {
        Benchmark.log("commands: forming %d partnerships", sizes.poolSize());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<String>> formed = new ArrayList<>();
        for (int i = 0; i < sizes.poolSize(); i++) {
            formed.add(threads.submit(commands::form));
        }
        for (Future<String> partnership : formed) {
            pool.add(partnership.get());
        }
        threads.shutdown();
        return List.copyOf(pool);
    }

    /** Raw single-row INSERT tx/s at a connection count, measured when asked. */
    @FunctionalInterface
    interface PairedBaseline {
        double at(int connections) throws Exception;
    }

    /**
     * Measures every client count on many partnerships and on one hot partnership, each client count right after
     * its paired raw INSERT baseline (if there is one); returns the peak throughput on many partnerships.
     */
    double run(PairedBaseline baseline) throws Exception {
        Benchmark.log("commands: warm-up");
        closedLoop(4, this::anyOfPool, sizes.warmup().multipliedBy(2), sizes.warmup());
        double peak = 0;
        String hot = commands.form();
        for (int clients : Sizes.CONCURRENCY) {
            Double raw = baseline == null ? null : baseline.at(clients);
            for (String scenario : List.of("many partnerships", "one hot partnership")) {
                Supplier<String> target = scenario.startsWith("many") ? this::anyOfPool : () -> hot;
                Benchmark.log("commands: %s, %d client(s)", scenario, clients);
                Run run = closedLoop(clients, target, sizes.warmup(), sizes.commandRun());
                report(scenario, clients, run, raw);
                if (scenario.startsWith("many")) {
                    peak = Math.max(peak, run.throughput());
                }
            }
        }
        return peak;
    }

    private void report(String scenario, int clients, Run run, Double raw) {
        Figure throughput = Figure.of(SECTION, "%s, %d clients: throughput".formatted(scenario, clients),
                run.throughput(), "cmd/s");
        if (raw != null) {
            throughput = throughput.against("raw INSERT tx/s @" + clients + ", measured just before", raw);
        }
        if (clients == 16 && scenario.startsWith("many") && throughput.ratio() != null) {
            double ratio = throughput.ratio();
            throughput = throughput.target("ratio >= 0.5 (floor 0.25)", ratio >= 0.5 ? Figure.Status.MET
                    : ratio >= 0.25 ? Figure.Status.FLOOR_ONLY : Figure.Status.MISSED);
        }
        if (run.errors() > 0) {
            throughput = throughput.note("%d non-2xx answers, last: %s".formatted(run.errors(),
                    abbreviate(run.lastError())));
        }
        report.add(throughput);
        report.add(Figure.of(SECTION, "%s, %d clients: latency p50".formatted(scenario, clients),
                run.latencies().p50(), "ms"));
        report.add(Figure.of(SECTION, "%s, %d clients: latency p99".formatted(scenario, clients),
                run.latencies().p99(), "ms"));
    }

    private String anyOfPool() {
        return pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
    }

    Run closedLoop(int clients, Supplier<String> target, Duration warmup, Duration measured)
            throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        String[] lastError = new String[1];
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            counts.add(threads.submit(() -> {
                long done = 0;
                while (System.nanoTime() < measureUntil) {
                    long start = System.nanoTime();
                    Http.Answer answer = commands.next(target.get());
                    if (start < measureFrom) {
                        continue;
                    }
                    if (answer.ok()) {
                        latencies.recordNanos(answer.nanos());
                        done++;
                    } else {
                        errors.incrementAndGet();
                        lastError[0] = answer.status() + " " + answer.body();
                    }
                }
                return done;
            }));
        }
        long done = 0;
        for (Future<Long> count : counts) {
            done += count.get();
        }
        threads.shutdown();
        return new Run(done / (measured.toNanos() / 1e9), latencies, errors.get(), lastError[0]);
    }

    static String abbreviate(String text) {
        return abbreviate(text, 160);
    }

    static String abbreviate(String text, int length) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > length ? flat.substring(0, length) + "..." : flat;
    }
}
