package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Closed-loop HTTP command load: each client sends its next single-event command as soon as the previous one is
 * answered, on partnerships drawn from a pool or all on one hot partnership, and the throughput at each client count
 * is set beside the first peer's (a CRUD service inserting a decision and its audit row) at the same count.
 */
final class CommandLoad {

    static final String SECTION = "2. commands";
    private static final int MOST_CLIENTS = Sizes.CONCURRENCY.get(Sizes.CONCURRENCY.size() - 1);

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

    CpuTime cpu() {
        return cpu;
    }

    /** Forms the pool of partnerships the other sections share too. */
    List<String> formPool() throws Exception {
        Benchmark.log("commands: forming %d partnerships", sizes.poolSize());
        pool.addAll(formOn(commands, sizes.poolSize()));
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

    /**
     * Measures every client count on many partnerships and on one hot partnership, each client count right after
     * the CRUD peer's decisions at that count (when it runs); then, at the most clients, the web layer's own ceiling
     * and dashboard reads; returns the peak throughput on many partnerships.
     *
     * @param crudPeer the first peer's command API, or null
     */
    double run(Commands crudPeer) throws Exception {
        warmUp(sizes.warmup().multipliedBy(2));
        List<String> crudPool = crudPeer == null ? List.of() : formOn(crudPeer, sizes.poolSize());
        double peak = 0;
        String hot = commands.form();
        Double crud = null;
        for (int clients : Sizes.CONCURRENCY) {
            crud = crudPeer == null ? null : crudPeer(crudPeer, crudPool, clients);
            for (String scenario : List.of("many partnerships", "one hot partnership")) {
                Supplier<String> target = scenario.startsWith("many") ? this::anyOfPool : () -> hot;
                Benchmark.log("commands: %s, %d client(s)", scenario, clients);
                ClosedLoop.Run run = closedLoop(clients, target, sizes.warmup(), sizes.commandRun());
                report(scenario, clients, run, crud);
                if (scenario.startsWith("many")) {
                    peak = Math.max(peak, run.throughput());
                    if (clients == MOST_CLIENTS) {
                        run.cpu().reportPer("command", run.answered(), report, SECTION,
                                " (%d clients)".formatted(clients));
                    }
                }
            }
        }
        webLayerCeiling(crud);
        dashboardReads();
        return peak;
    }

    /** The first peer's decisions at a client count: its throughput, and its latencies reported. */
    private double crudPeer(Commands crudPeer, List<String> crudPool, int clients) throws Exception {
        Benchmark.log("commands: CRUD peer decisions, %d client(s)", clients);
        ClosedLoop.Run run = closedLoop(clients, () -> crudPeer.decision(anyOf(crudPool)), Http.Answer::ok,
                sizes.warmup(), sizes.commandRun());
        String name = "CRUD peer decisions, %d clients: ".formatted(clients);
        report.add(errorsNoted(Figure.of(SECTION, name + "throughput", run.throughput(), "cmd/s")
                .note("a decision row and an audit-log row in one transaction, 201; no read side to feed"), run));
        report.add(Figure.of(SECTION, name + "latency p50", run.latencies().p50(), "ms"));
        report.add(Figure.of(SECTION, name + "latency p99", run.latencies().p99(), "ms"));
        if (clients == MOST_CLIENTS) {
            run.cpu().reportPer("CRUD peer decision", run.answered(), report, SECTION,
                    " (%d clients)".formatted(clients));
        }
        return run.throughput();
    }

    /** Forms partnerships on a command API, four at a time. */
    static List<String> formOn(Commands commands, int partnerships) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> formed = new ArrayList<>();
            for (int i = 0; i < partnerships; i++) {
                formed.add(threads.submit(commands::form));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> partnership : formed) {
                ids.add(partnership.get());
            }
            return List.copyOf(ids);
        } finally {
            threads.shutdown();
        }
    }

    /**
     * The same clients sending a decision the web layer refuses (no decider: 400, nothing stored). Its request costs
     * what every command costs before it reaches Axon and the store: the harness's client, Tomcat, Spring MVC, JSON
     * and validation, and a problem+json answer: the ceiling of any command on this machine, the CRUD peer's too.
     */
    private void webLayerCeiling(Double crud) throws Exception {
        Benchmark.log("commands: refused (web layer only), %d client(s)", MOST_CLIENTS);
        ClosedLoop.Run run = closedLoop(MOST_CLIENTS, () -> commands.refused(anyOfPool()),
                answer -> answer.status() == 400,
                sizes.warmup(), sizes.commandRun());
        Figure throughput = Figure.of(SECTION, "refused by the web layer, %d clients: throughput"
                .formatted(MOST_CLIENTS), run.throughput(), "req/s");
        if (crud != null) {
            throughput = throughput.against("CRUD peer cmd/s @" + MOST_CLIENTS + ", measured before the commands",
                    crud);
        }
        report.add(errorsNoted(throughput, run).note("400 VALIDATION_FAILED before Axon, nothing stored: the web"
                + " layer's and the harness's share of a command, the ceiling of any command on this machine"));
        run.cpu().reportPer("refused request", run.answered(), report, SECTION,
                " (%d clients)".formatted(MOST_CLIENTS));
    }

    /** What the commands' read side answers: a partnership's dashboard, read by as many clients. */
    private void dashboardReads() throws Exception {
        Benchmark.log("commands: dashboard reads, %d client(s)", MOST_CLIENTS);
        ClosedLoop.Run run = closedLoop(MOST_CLIENTS, () -> query.get("/api/partnerships/" + anyOfPool()),
                Http.Answer::ok,
                sizes.warmup(), sizes.commandRun());
        report.add(errorsNoted(Figure.of(SECTION, "dashboard reads, %d clients: throughput".formatted(MOST_CLIENTS),
                run.throughput(), "req/s"), run).note("GET /api/partnerships/{id} on the pool's partnerships"));
        report.add(Figure.of(SECTION, "dashboard reads, %d clients: latency p99".formatted(MOST_CLIENTS),
                run.latencies().p99(), "ms"));
        run.cpu().reportPer("dashboard read", run.answered(), report, SECTION,
                " (%d clients)".formatted(MOST_CLIENTS));
    }

    private void report(String scenario, int clients, ClosedLoop.Run run, Double crud) {
        Figure throughput = Figure.of(SECTION, "%s, %d clients: throughput".formatted(scenario, clients),
                run.throughput(), "cmd/s");
        if (crud != null) {
            throughput = throughput.against("CRUD peer decisions/s @" + clients + ", measured just before", crud);
        }
        if (clients == MOST_CLIENTS && scenario.startsWith("many") && throughput.ratio() != null) {
            throughput = throughput.target("ratio >= 0.5", Figure.Status.of(throughput.ratio() >= 0.5));
        }
        report.add(errorsNoted(throughput, run));
        report.add(Figure.of(SECTION, "%s, %d clients: latency p50".formatted(scenario, clients),
                run.latencies().p50(), "ms"));
        report.add(Figure.of(SECTION, "%s, %d clients: latency p99".formatted(scenario, clients),
                run.latencies().p99(), "ms"));
    }

    private static Figure errorsNoted(Figure figure, ClosedLoop.Run run) {
        return run.errors() == 0 ? figure : figure.note("%d unexpected answers, last: %s".formatted(run.errors(),
                abbreviate(run.lastError())));
    }

    private String anyOfPool() {
        return anyOf(pool);
    }

    static String anyOf(List<String> partnerships) {
        return partnerships.get(ThreadLocalRandom.current().nextInt(partnerships.size()));
    }

    /**
     * The closed-loop peak at the most clients on the pool, measured after a long warm-up: a peak taken while the
     * services' JIT compilers are still busy would be half the real one.
     */
    double closedLoopPeak() throws Exception {
        Benchmark.log("commands: measuring the peak, %d clients closed loop", MOST_CLIENTS);
        return closedLoop(MOST_CLIENTS, this::anyOfPool, sizes.warmup().multipliedBy(6), sizes.commandRun())
                .throughput();
    }

    /** Single-event commands, each of which must be answered with a 2xx. */
    ClosedLoop.Run closedLoop(int clients, Supplier<String> target, Duration warmup, Duration measured)
            throws Exception {
        return closedLoop(clients, () -> commands.next(target.get()), Http.Answer::ok, warmup, measured);
    }

    private ClosedLoop.Run closedLoop(int clients, Supplier<Http.Answer> request, Predicate<Http.Answer> expected,
                                      Duration warmup, Duration measured) throws Exception {
        return ClosedLoop.run(cpu, clients, () -> {
            Http.Answer answer = request.get();
            return List.of(new ClosedLoop.Request("command", answer, expected.test(answer)));
        }, warmup, measured);
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
