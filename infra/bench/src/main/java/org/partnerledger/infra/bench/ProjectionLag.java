package org.partnerledger.infra.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Commands at a fixed offered rate (open loop: each is sent at its scheduled time however long earlier ones take,
 * and its latency counts from that time), and the time until their effect shows: on Kafka, seen by a consumer of this
 * process, and through the query API, polled by a few probes that each follow one command at a time. The sustainable
 * peak is the highest such rate at which the read models keep up.
 */
final class ProjectionLag {

    static final String SECTION = "3. projection lag";
    private static final int PROBES = 4;
    /** A probe polls every 2 ms at first, then every 5% of the time it has waited: a bounded relative error. */
    private static final Duration FIRST_POLL_INTERVAL = Duration.ofMillis(2);
    private static final Duration GIVE_UP = Duration.ofSeconds(10);
    /**
     * A probe takes up a new command at most this often. Unpaced, four probes polled every 2 ms without pause once
     * the lag was short and sent the query API over a thousand GETs a second, more than the commands under test.
     */
    private static final Duration PROBE_PERIOD = Duration.ofMillis(100);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    /** Each step of the search for the sustainable peak lowers the rate by this share. */
    private static final double STEP_DOWN = 0.9;
    private static final int MOST_STEPS = 8;

    private static final String SERVER_TIMER = "http_server_requests_seconds";
    private static final List<String> COMMAND_REQUESTS = List.of("uri=\"/api/partnerships/{partnershipId}/",
            "outcome=\"SUCCESS\"");
    private static final String LISTENER_TIMER = "spring_kafka_listener_seconds";

    /**
     * A command side under load: its name in the figures (empty for PartnerLedger itself), how it is sent a command
     * on a partnership (the answer of the last request, whose version the probes wait for), and its actuator.
     */
    record Target(String name, Function<String, Http.Answer> send, Http actuator) {

        String suffix() {
            return name.isEmpty() ? "" : " (" + name + ")";
        }
    }

    /**
     * How a run is reported: its section, its rate as a share of the peak (e.g. {@code 50%}), and whether the
     * issue's targets are judged on it; the figures of a run that is not judged are named with its load.
     */
    record Load(String section, String share, boolean judged) {

        String suffix() {
            return judged ? "" : " at " + share + " load";
        }

        Figure judge(Figure figure, String target, boolean met) {
            return judged ? figure.target(target, Figure.Status.of(met)) : figure;
        }
    }

    /** What one open-loop run saw; the lag is from each command's 2xx until the query API showed its version. */
    record Result(double offered, long sent, long abandoned, long errors, long timedOut, long polls,
                  Latencies commandLatency,
                  Latencies endToEnd, Latencies storeToKafka, Latencies kafkaToReadModel, boolean keptUp,
                  Snapshot before, Snapshot after) {
    }

    /**
     * A command whose effect a probe waited for: when it was due to be sent (monotonic clock), how long after that it
     * was answered, and when (wall clock) it was answered and its effect seen.
     */
    private record Probe(String partnershipId, long version, long intendedNanos, long dueToAnswerNanos,
                         Instant answeredAt, Instant visibleAt) {
    }

    private record Pending(String partnershipId, long version, long intendedNanos, long dueToAnswerNanos,
                           Instant answeredAt) {
    }

    /** The services' own timers at one moment. */
    private record Snapshot(long nanos, ServiceMetrics.Timer commands, ServiceMetrics.Timer readModels,
                            CpuTime.Sample cpu) {
    }

    private final Http query;
    private final ServiceMetrics queryMetrics;
    private final Kafka kafka;
    private final CpuTime cpu;
    private final Sizes sizes;
    private final Report report;

    ProjectionLag(Clients clients, Kafka kafka, CpuTime cpu, Sizes sizes, Report report) {
        this.query = clients.query();
        this.queryMetrics = new ServiceMetrics(clients.queryActuator());
        this.kafka = kafka;
        this.cpu = cpu;
        this.sizes = sizes;
        this.report = report;
    }

    /**
     * Steps down from {@code from} until a run keeps up: every probe saw its command's effect, and the time from a
     * command's due time to its effect did not grow from the first half of the run to the second. Reports and
     * returns that rate (the lowest tried, if none kept up).
     */
    double sustainablePeak(Target target, String section, List<String> pool, double from) throws Exception {
        List<String> tried = new ArrayList<>();
        double rate = from;
        for (int step = 1; step <= MOST_STEPS; step++) {
            Benchmark.log("projection lag: does %.0f commands/s keep up%s?", rate, target.suffix());
            Result result = measure(target, pool, rate, sizes.peakStep());
            tried.add("%.0f %s".formatted(rate, result.keptUp() ? "kept up" : "fell behind"));
            if (result.keptUp() || step == MOST_STEPS) {
                break;
            }
            rate *= STEP_DOWN;
        }
        report.add(Figure.of(section, "sustainable peak" + target.suffix(), rate, "cmd/s")
                .note(("the highest open-loop rate, stepping down by %.0f%% from the closed-loop peak, at which the"
                        + " read models kept up over %d s: %s").formatted(100 * (1 - STEP_DOWN),
                        sizes.peakStep().toSeconds(), String.join(", ", tried))));
        return rate;
    }

    /** Runs the load for the section's lag run and reports it. */
    Result run(Target target, Load load, List<String> pool, double rate, double[] kafkaRoundTrip) throws Exception {
        Benchmark.log("projection lag: %.0f commands/s offered (%s of peak) for %d s%s", rate, load.share(),
                sizes.lagRun().toSeconds(), target.suffix());
        Result result = measure(target, pool, rate, sizes.lagRun());
        report(target, load, result, kafkaRoundTrip);
        reportServiceTimes(target, load, result.before(), result.after());
        if (result.before() != null) {
            result.after().cpu().since(result.before().cpu()).reportPer("command", result.sent(), report,
                    load.section(), load.suffix() + target.suffix());
        }
        return result;
    }

    private Result measure(Target target, List<String> pool, double rate, Duration run) throws Exception {
        ServiceMetrics commandMetrics = new ServiceMetrics(target.actuator());
        Latencies commandLatency = new Latencies();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        SynchronousQueue<Pending> handOver = new SynchronousQueue<>();
        AtomicReference<Pending> last = new AtomicReference<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong abandoned = new AtomicLong();
        AtomicLong timedOut = new AtomicLong();
        AtomicLong polls = new AtomicLong();
        long measureFrom = System.nanoTime() + sizes.warmup().toNanos();
        long measureUntil = measureFrom + run.toNanos();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ExecutorService probeThreads = Executors.newFixedThreadPool(PROBES);
        try (EventWatcher watcher = new EventWatcher(kafka)) {
            for (int i = 0; i < PROBES; i++) {
                probeThreads.submit(() -> probe(handOver, running, probes, timedOut, polls));
            }
            long interval = (long) (1e9 / rate);
            Snapshot before = null;
            for (long scheduled = System.nanoTime(); scheduled < measureUntil; scheduled += interval) {
                LockSupport.parkNanos(scheduled - System.nanoTime());
                boolean measured = scheduled >= measureFrom;
                if (measured && before == null) {
                    watcher.recording(true);
                    before = snapshot(commandMetrics);
                }
                long intended = scheduled;
                senders.submit(() -> {
                    if (System.nanoTime() - intended > GIVE_UP.toNanos()) {
                        // A client gives up on a command it could not even send for that long; sending it anyway
                        // would keep a system that fell behind busy long after the run.
                        if (measured) {
                            abandoned.incrementAndGet();
                            commandLatency.recordNanos(GIVE_UP.toNanos());
                        }
                        return;
                    }
                    String partnership = CommandLoad.anyOf(pool);
                    Http.Answer answer = target.send().apply(partnership);
                    long dueToAnswer = System.nanoTime() - intended;
                    Instant answeredAt = Instant.now();
                    OptionalLong version = answer.version();
                    Pending pending = answer.ok() && version.isPresent()
                            ? new Pending(partnership, version.getAsLong(), intended, dueToAnswer, answeredAt) : null;
                    if (pending != null) {
                        last.set(pending);
                    }
                    if (!measured) {
                        return;
                    }
                    sent.incrementAndGet();
                    if (pending == null) {
                        errors.incrementAndGet();
                        return;
                    }
                    commandLatency.recordNanos(dueToAnswer);
                    handOver.offer(pending);
                });
            }
            Snapshot after = snapshot(commandMetrics);
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            watcher.recording(false);
            running.set(false);
            probeThreads.shutdown();
            probeThreads.awaitTermination(1, TimeUnit.MINUTES);
            awaitVisible(last.get());
            Latencies endToEnd = new Latencies();
            // A probe that gave up counts as its patience: a lower bound of what it would have waited.
            for (long i = 0; i < timedOut.get(); i++) {
                endToEnd.recordNanos(GIVE_UP.toNanos());
            }
            Latencies kafkaToReadModel = new Latencies();
            for (Probe probe : probes) {
                endToEnd.recordNanos(Duration.between(probe.answeredAt(), probe.visibleAt()).toNanos());
                Instant seen = watcher.seenAt(probe.partnershipId(), probe.version());
                if (seen != null) {
                    kafkaToReadModel.recordNanos(Duration.between(seen, probe.visibleAt()).toNanos());
                }
            }
            return new Result(rate, sent.get(), abandoned.get(), errors.get(), timedOut.get(), polls.get(),
                    commandLatency, endToEnd,
                    watcher.storeToKafka(), kafkaToReadModel, keptUp(probes, timedOut.get(), abandoned.get(), measureFrom), before,
                    after);
        }
    }

    /**
     * Whether the read models kept up: no probe gave up, no command was abandoned, and the median time from a
     * command's due time to its effect in the second half of the run is at most half as long again as in the first
     * (plus 20 ms for noise).
     */
    private static boolean keptUp(ConcurrentLinkedQueue<Probe> probes, long timedOut, long abandoned,
                                  long measureFrom) {
        List<Probe> inOrder = probes.stream().filter(probe -> probe.intendedNanos() >= measureFrom)
                .sorted(Comparator.comparingLong(Probe::intendedNanos)).toList();
        if (timedOut > 0 || abandoned > 0 || inOrder.size() < 4) {
            return false;
        }
        Latencies first = dueToVisible(inOrder.subList(0, inOrder.size() / 2));
        Latencies second = dueToVisible(inOrder.subList(inOrder.size() / 2, inOrder.size()));
        return second.p50() <= 1.5 * first.p50() + 20;
    }

    private static Latencies dueToVisible(List<Probe> probes) {
        Latencies latencies = new Latencies();
        for (Probe probe : probes) {
            latencies.recordNanos(probe.dueToAnswerNanos()
                    + Duration.between(probe.answeredAt(), probe.visibleAt()).toNanos());
        }
        return latencies;
    }

    /**
     * Waits until the last answered command shows, so that the next run starts with the read side caught up: a
     * command side that fell behind still publishes its backlog for a while, which the next run would pay for.
     */
    private void awaitVisible(Pending last) throws InterruptedException {
        if (last == null) {
            return;
        }
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline
                && query.get("/api/partnerships/" + last.partnershipId()).version().orElse(-1) < last.version()) {
            Thread.sleep(50);
        }
    }

    private Snapshot snapshot(ServiceMetrics commandMetrics) {
        return new Snapshot(System.nanoTime(), commandMetrics.timer(SERVER_TIMER, COMMAND_REQUESTS),
                queryMetrics.timer(LISTENER_TIMER, List.of("name=\"query-read-models")), cpu.sample());
    }

    /** Server-side command time, and how busy the read models' consumers were, during the window. */
    private void reportServiceTimes(Target target, Load load, Snapshot before, Snapshot after) {
        if (before == null) {
            return;
        }
        String suffix = load.suffix() + target.suffix();
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        report.add(Figure.of(load.section(), "command time inside the command service, mean" + suffix,
                after.commands().minus(before.commands()).meanMillis(), "ms")
                .note("its own http_server_requests timer; what the client measured beyond it was spent outside"
                        + " the service (connection queue, network, harness)"));
        ServiceMetrics.Timer listener = after.readModels().minus(before.readModels());
        report.add(Figure.of(load.section(), "read models' consumers busy" + suffix,
                100 * listener.seconds() / seconds, "%")
                .note(("%.1f batches/s, %.1f ms per batch, summed over the consumers (spring_kafka_listener timer);"
                        + " near 100%% for each consumer, they are the bottleneck").formatted(
                        listener.count() / seconds, listener.meanMillis())));
    }

    private void probe(SynchronousQueue<Pending> handOver, AtomicBoolean running,
                       ConcurrentLinkedQueue<Probe> probes, AtomicLong timedOut, AtomicLong polls) {
        try {
            while (running.get()) {
                Pending pending = handOver.poll(100, TimeUnit.MILLISECONDS);
                if (pending == null) {
                    continue;
                }
                Instant giveUp = pending.answeredAt().plus(GIVE_UP);
                Instant nextCommand = pending.answeredAt().plus(PROBE_PERIOD);
                String path = "/api/partnerships/" + pending.partnershipId();
                String held = "";
                while (true) {
                    // Asked again only if changed, as a polling client would: the view is assembled only then.
                    Http.Answer answer = held.isEmpty() ? query.get(path) : query.getUnlessStill(path, held);
                    polls.incrementAndGet();
                    if (answer.ok() && answer.version().orElse(-1) >= pending.version()) {
                        probes.add(new Probe(pending.partnershipId(), pending.version(), pending.intendedNanos(),
                                pending.dueToAnswerNanos(), pending.answeredAt(), Instant.now()));
                        break;
                    }
                    if (answer.ok()) {
                        held = answer.etag();
                    }
                    if (Instant.now().isAfter(giveUp)) {
                        timedOut.incrementAndGet();
                        break;
                    }
                    long waited = Duration.between(pending.answeredAt(), Instant.now()).toMillis();
                    Thread.sleep(Math.max(FIRST_POLL_INTERVAL.toMillis(), waited / 20));
                }
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), nextCommand).toMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(Target target, Load load, Result result, double[] kafkaRoundTrip) {
        String section = load.section();
        String suffix = load.suffix() + target.suffix();
        double seconds = sizes.lagRun().toNanos() / 1e9;
        report.add(Figure.of(section, "offered load (%s of peak)%s".formatted(load.share(), target.suffix()),
                result.offered(), "cmd/s")
                .note(("achieved %.1f cmd/s, %d non-2xx, %d abandoned unsent after 10 s (each counted as 10 s);"
                        + " lag measured on %d commands by %d probes (%d gave up after"
                        + " %d s, each counted as that long), each taking up a command at most every %d ms and polling"
                        + " the query API every 2 ms, or 5%% of the wait so far, with If-None-Match: %.0f GETs/s in"
                        + " all").formatted(
                        result.sent() / seconds, result.abandoned(),
                        result.errors(), result.endToEnd().count(), PROBES, result.timedOut(), GIVE_UP.toSeconds(),
                        PROBE_PERIOD.toMillis(), result.polls() / seconds)));
        String atLoad = " at %s load%s".formatted(load.share(), target.suffix());
        Latencies commands = result.commandLatency();
        Latencies lag = result.endToEnd();
        report.add(Figure.of(section, "command latency p50" + atLoad, commands.p50(), "ms"));
        report.add(load.judge(Figure.of(section, "command latency p99" + atLoad, commands.p99(), "ms"),
                "< 50 ms", commands.p99() < 50));
        report.add(load.judge(Figure.of(section, "lag 2xx -> query API p50" + suffix, lag.p50(), "ms"),
                "< 30 ms", lag.p50() < 30));
        report.add(load.judge(Figure.of(section, "lag 2xx -> query API p99" + suffix, lag.p99(), "ms"),
                "< 100 ms", lag.p99() < 100));
        Latencies storeToKafka = result.storeToKafka();
        Figure hop1p50 = Figure.of(section, "hop store -> Kafka consumer p50" + suffix, storeToKafka.p50(), "ms");
        Figure hop1p99 = Figure.of(section, "hop store -> Kafka consumer p99" + suffix, storeToKafka.p99(), "ms");
        if (kafkaRoundTrip != null) {
            hop1p50 = hop1p50.against("raw Kafka round trip p50", kafkaRoundTrip[0]);
            hop1p99 = hop1p99.against("raw Kafka round trip p99", kafkaRoundTrip[1]);
        }
        report.add(hop1p50.note("from the event's occurred-at (stored, ms precision) to receipt by a consumer"));
        report.add(hop1p99);
        report.add(Figure.of(section, "hop Kafka consumer -> query API p50" + suffix,
                result.kafkaToReadModel().p50(), "ms"));
        report.add(Figure.of(section, "hop Kafka consumer -> query API p99" + suffix,
                result.kafkaToReadModel().p99(), "ms"));
    }
}
