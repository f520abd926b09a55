package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Closed-loop HTTP command load: each client sends its next single-event command as soon as the previous one is
 * answered, on partnerships drawn from a pool or all on one hot partnership, and the throughput at each client count
 * is set beside the raw single-row INSERT rate at the same number of connections.
 */
final class CommandLoad {

    static final String SECTION = "2. commands";
    private static final int MOST_CLIENTS = Sizes.CONCURRENCY.get(Sizes.CONCURRENCY.size() - 1);

    /**
     * What one closed-loop run measured: {@code answered} requests answered as expected in the measured window, and
     * {@code cpu}, where the machine's CPU went over it.
     */
    record Run(long answered, double throughput, Latencies latencies, long errors, String lastError,
               CpuTime.Used cpu) {
    }

    private final Commands commands;
    private final Http query;
    private final CpuTime cpu;
    private final Sizes sizes;
    private final Report report;
    private final List<String> pool = new ArrayList<>();

    CommandLoad(Commands commands, Http queryService, CpuTime cpu, Sizes sizes, Report report) {
        this.commands = commands;
        this.query = queryService;
        this.cpu = cpu;
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

    /**
     * Commands in a closed loop until the services' JIT compilers have done most of their work: a cold system falls
     * behind at half the peak and takes minutes to catch up.
     */
    void warmUp(Duration duration) throws Exception {
        Benchmark.log("commands: warm-up");
        closedLoop(4, this::anyOfPool, duration, sizes.warmup());
    }

    /** Raw single-row INSERT tx/s at a connection count, measured when asked. */
    @FunctionalInterface
    interface PairedBaseline {
        double at(int connections) throws Exception;
    }

    /**
     * Measures every client count on many partnerships and on one hot partnership, each client count right after
     * its paired raw INSERT baseline (if there is one); then, at the most clients, the web layer's own ceiling and
     * dashboard reads; returns the peak throughput on many partnerships.
     */
    double run(PairedBaseline baseline) throws Exception {
        warmUp(sizes.warmup().multipliedBy(2));
        double peak = 0;
        String hot = commands.form();
        Double raw = null;
        for (int clients : Sizes.CONCURRENCY) {
            raw = baseline == null ? null : baseline.at(clients);
            for (String scenario : List.of("many partnerships", "one hot partnership")) {
                Supplier<String> target = scenario.startsWith("many") ? this::anyOfPool : () -> hot;
                Benchmark.log("commands: %s, %d client(s)", scenario, clients);
                Run run = closedLoop(clients, target, sizes.warmup(), sizes.commandRun());
                report(scenario, clients, run, raw);
                if (scenario.startsWith("many")) {
                    peak = Math.max(peak, run.throughput());
                    if (clients == MOST_CLIENTS) {
                        run.cpu().reportPer("command", run.answered(), report, SECTION,
                                " (%d clients)".formatted(clients));
                    }
                }
            }
        }
        webLayerCeiling(raw);
        dashboardReads();
        return peak;
    }

    /**
     * The same clients sending a decision the web layer refuses (no decider: 400, nothing stored). Its request costs
     * what every command costs before it reaches Axon and the store: the harness's client, Tomcat, Spring MVC, JSON
     * and validation, and a problem+json answer. How far that alone is from the raw INSERT rate bounds what any
     * command could reach on this machine.
     */
    private void webLayerCeiling(Double raw) throws Exception {
        Benchmark.log("commands: refused (web layer only), %d client(s)", MOST_CLIENTS);
        Run run = closedLoop(MOST_CLIENTS, () -> commands.refused(anyOfPool()), answer -> answer.status() == 400,
                sizes.warmup(), sizes.commandRun());
        Figure throughput = Figure.of(SECTION, "refused by the web layer, %d clients: throughput"
                .formatted(MOST_CLIENTS), run.throughput(), "req/s");
        if (raw != null) {
            throughput = throughput.against("raw INSERT tx/s @" + MOST_CLIENTS + ", measured before the commands",
                    raw);
        }
        report.add(errorsNoted(throughput, run).note("400 VALIDATION_FAILED before Axon, nothing stored: the web"
                + " layer's and the harness's share of a command, the ceiling of any command on this machine"));
        run.cpu().reportPer("refused request", run.answered(), report, SECTION,
                " (%d clients)".formatted(MOST_CLIENTS));
    }

    /** What the commands' read side answers: a partnership's dashboard, read by as many clients. */
    private void dashboardReads() throws Exception {
        Benchmark.log("commands: dashboard reads, %d client(s)", MOST_CLIENTS);
        Run run = closedLoop(MOST_CLIENTS, () -> query.get("/api/partnerships/" + anyOfPool()), Http.Answer::ok,
                sizes.warmup(), sizes.commandRun());
        report.add(errorsNoted(Figure.of(SECTION, "dashboard reads, %d clients: throughput".formatted(MOST_CLIENTS),
                run.throughput(), "req/s"), run).note("GET /api/partnerships/{id} on the pool's partnerships"));
        report.add(Figure.of(SECTION, "dashboard reads, %d clients: latency p99".formatted(MOST_CLIENTS),
                run.latencies().p99(), "ms"));
        run.cpu().reportPer("dashboard read", run.answered(), report, SECTION,
                " (%d clients)".formatted(MOST_CLIENTS));
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
        report.add(errorsNoted(throughput, run));
        report.add(Figure.of(SECTION, "%s, %d clients: latency p50".formatted(scenario, clients),
                run.latencies().p50(), "ms"));
        report.add(Figure.of(SECTION, "%s, %d clients: latency p99".formatted(scenario, clients),
                run.latencies().p99(), "ms"));
    }

    private static Figure errorsNoted(Figure figure, Run run) {
        return run.errors() == 0 ? figure : figure.note("%d unexpected answers, last: %s".formatted(run.errors(),
                abbreviate(run.lastError())));
    }

    private String anyOfPool() {
        return pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
    }

    /** Single-event commands, each of which must be answered with a 2xx. */
    Run closedLoop(int clients, Supplier<String> target, Duration warmup, Duration measured) throws Exception {
        return closedLoop(clients, () -> commands.next(target.get()), Http.Answer::ok, warmup, measured);
    }

    private Run closedLoop(int clients, Supplier<Http.Answer> request, Predicate<Http.Answer> expected,
                           Duration warmup, Duration measured) throws Exception {
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
                    Http.Answer answer = request.get();
                    if (start < measureFrom) {
                        continue;
                    }
                    if (expected.test(answer)) {
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
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        CpuTime.Sample atStart = cpu.sample();
        long done = 0;
        for (Future<Long> count : counts) {
            done += count.get();
        }
        CpuTime.Used used = cpu.sample().since(atStart);
        threads.shutdown();
        return new Run(done, done / (measured.toNanos() / 1e9), latencies, errors.get(), lastError[0], used);
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
