package org.partnerledger.infra.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Commands at a fixed offered rate (open loop: each is sent at its scheduled time however long earlier ones take,
 * and its latency counts from that time), and the time until their effect shows: on Kafka, seen by a consumer of this
 * process, and through the query API, polled by a few probes that each follow one command at a time.
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

    /** A command whose effect a probe waited for. */
    private record Probe(String partnershipId, long version, Instant answeredAt, Instant visibleAt) {
    }

    private record Pending(String partnershipId, long version, Instant answeredAt) {
    }

    private static final String SERVER_TIMER = "http_server_requests_seconds";
    private static final List<String> COMMAND_REQUESTS = List.of("uri=\"/api/partnerships/{partnershipId}/",
            "outcome=\"SUCCESS\"");
    private static final String LISTENER_TIMER = "spring_kafka_listener_seconds";

    private final Commands commands;
    private final Http query;
    private final ServiceMetrics commandMetrics;
    private final ServiceMetrics queryMetrics;
    private final Kafka kafka;
    private final CpuTime cpu;
    private final Sizes sizes;
    private final Report report;

    ProjectionLag(Commands commands, Clients clients, Kafka kafka, CpuTime cpu, Sizes sizes, Report report) {
        this.commands = commands;
        this.query = clients.query();
        this.commandMetrics = new ServiceMetrics(clients.commandActuator());
        this.queryMetrics = new ServiceMetrics(clients.queryActuator());
        this.kafka = kafka;
        this.cpu = cpu;
        this.sizes = sizes;
        this.report = report;
    }

    /**
     * @param rate           offered commands per second
     * @param load           that rate as a share of the peak, e.g. {@code 50%}
     * @param judged         whether the targets apply (at 50 % of the peak); the figures of other loads are
     *                       named with their load
     * @param kafkaRoundTrip the raw produce-to-consume p50 and p99, or null
     */
    void run(List<String> pool, double rate, String load, boolean judged, double[] kafkaRoundTrip) throws Exception {
        Load offered = new Load(load, judged);
        Benchmark.log("projection lag: %.0f commands/s offered (%s of peak) for %d s", rate, load,
                sizes.lagRun().toSeconds());
        Latencies commandLatency = new Latencies();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        SynchronousQueue<Pending> handOver = new SynchronousQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong timedOut = new AtomicLong();
        AtomicLong polls = new AtomicLong();
        long measureFrom = System.nanoTime() + sizes.warmup().toNanos();
        long measureUntil = measureFrom + sizes.lagRun().toNanos();
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
                    before = snapshot();
                }
                long intended = scheduled;
                senders.submit(() -> {
                    String partnership = pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
                    Http.Answer answer = commands.next(partnership);
                    Instant answeredAt = Instant.now();
                    if (!measured) {
                        return;
                    }
                    sent.incrementAndGet();
                    OptionalLong version = answer.version();
                    if (!answer.ok() || version.isEmpty()) {
                        errors.incrementAndGet();
                        return;
                    }
                    commandLatency.recordNanos(System.nanoTime() - intended);
                    handOver.offer(new Pending(partnership, version.getAsLong(), answeredAt));
                });
            }
            Snapshot after = snapshot();
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            watcher.recording(false);
            running.set(false);
            probeThreads.shutdown();
            probeThreads.awaitTermination(1, TimeUnit.MINUTES);
            Thread.sleep(500);
            report(offered, rate, sent.get(), errors.get(), timedOut.get(), polls.get(), commandLatency, watcher,
                    probes, kafkaRoundTrip);
            reportServiceTimes(offered, before, after);
            if (before != null) {
                after.cpu().since(before.cpu()).reportPer("command", sent.get(), report, SECTION, offered.suffix());
            }
        }
    }

    /**
     * What a run offers, as a share of the peak (e.g. {@code 50%}), and whether the targets are judged on it;
     * the figures of a run that is not judged are named with its load.
     */
    private record Load(String share, boolean judged) {

        String suffix() {
            return judged ? "" : " at " + share + " load";
        }

        /** The latency targets hold at 50 % of the peak; at other loads the figure is only reported. */
        Figure judge(Figure figure, String target, boolean met) {
            return judged ? figure.target(target, Figure.Status.of(met)) : figure;
        }
    }

    /** The services' own timers at one moment. */
    private record Snapshot(long nanos, ServiceMetrics.Timer commands, ServiceMetrics.Timer ledger,
                            ServiceMetrics.Timer history, CpuTime.Sample cpu) {
    }

    private Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), commandMetrics.timer(SERVER_TIMER, COMMAND_REQUESTS),
                queryMetrics.timer(LISTENER_TIMER, List.of("name=\"query-ledger")),
                queryMetrics.timer(LISTENER_TIMER, List.of("name=\"query-history")), cpu.sample());
    }

    /** Server-side command time, and how busy each read model's single consumer was, during the window. */
    private void reportServiceTimes(Load load, Snapshot before, Snapshot after) {
        if (before == null) {
            return;
        }
        String suffix = load.suffix();
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        report.add(Figure.of(SECTION, "command time inside command-service, mean" + suffix,
                after.commands().minus(before.commands()).meanMillis(), "ms")
                .note("its own http_server_requests timer; what the client measured beyond it was spent outside"
                        + " the service (connection queue, network, harness)"));
        for (String model : List.of("ledger", "history")) {
            ServiceMetrics.Timer listener = model.equals("ledger")
                    ? after.ledger().minus(before.ledger()) : after.history().minus(before.history());
            double busy = 100 * listener.seconds() / seconds;
            report.add(Figure.of(SECTION, "query-" + model + " consumer busy" + suffix, busy, "%")
                    .note("%.1f batches/s, %.1f ms per batch (spring_kafka_listener timer); near 100%% the"
                    .formatted(listener.count() / seconds, listener.meanMillis())
                    + " single consumer is the bottleneck"));
        }
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
                while (true) {
                    Http.Answer answer = query.get("/api/partnerships/" + pending.partnershipId());
                    polls.incrementAndGet();
                    if (answer.ok() && answer.version().orElse(-1) >= pending.version()) {
                        probes.add(new Probe(pending.partnershipId(), pending.version(), pending.answeredAt(),
                                Instant.now()));
                        break;
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

    private void report(Load load, double rate, long sent, long errors, long timedOut, long polls,
                        Latencies commandLatency, EventWatcher watcher, ConcurrentLinkedQueue<Probe> probes,
                        double[] kafkaRoundTrip) {
        String suffix = load.suffix();
        Latencies endToEnd = new Latencies();
        Latencies kafkaToReadModel = new Latencies();
        for (Probe probe : probes) {
            endToEnd.recordNanos(Duration.between(probe.answeredAt(), probe.visibleAt()).toNanos());
            Instant seen = watcher.seenAt(probe.partnershipId(), probe.version());
            if (seen != null) {
                kafkaToReadModel.recordNanos(Duration.between(seen, probe.visibleAt()).toNanos());
            }
        }
        double achieved = sent / (sizes.lagRun().toNanos() / 1e9);
        report.add(Figure.of(SECTION, "offered load (%s of peak)".formatted(load.share()), rate, "cmd/s")
                .note(("achieved %.1f cmd/s, %d non-2xx; lag measured on %d commands by %d probes (%d gave up after"
                        + " %d s), each taking up a command at most every %d ms and polling the query API every 2 ms,"
                        + " or 5%% of the wait so far: %.0f GETs/s in all").formatted(achieved, errors, probes.size(),
                        PROBES, timedOut, GIVE_UP.toSeconds(), PROBE_PERIOD.toMillis(),
                        polls / (sizes.lagRun().toNanos() / 1e9))));
        String atLoad = " at %s load".formatted(load.share());
        report.add(Figure.of(SECTION, "command latency p50" + atLoad, commandLatency.p50(), "ms"));
        report.add(load.judge(Figure.of(SECTION, "command latency p99" + atLoad, commandLatency.p99(), "ms"),
                "< 50 ms", commandLatency.p99() < 50));
        report.add(load.judge(Figure.of(SECTION, "lag 2xx -> query API p50" + suffix, endToEnd.p50(), "ms"),
                "< 30 ms", endToEnd.p50() < 30));
        report.add(load.judge(Figure.of(SECTION, "lag 2xx -> query API p99" + suffix, endToEnd.p99(), "ms"),
                "< 100 ms", endToEnd.p99() < 100));
        Latencies storeToKafka = watcher.storeToKafka();
        Figure hop1p50 = Figure.of(SECTION, "hop store -> Kafka consumer p50" + suffix, storeToKafka.p50(), "ms");
        Figure hop1p99 = Figure.of(SECTION, "hop store -> Kafka consumer p99" + suffix, storeToKafka.p99(), "ms");
        if (kafkaRoundTrip != null) {
            hop1p50 = hop1p50.against("raw Kafka round trip p50", kafkaRoundTrip[0]);
            hop1p99 = hop1p99.against("raw Kafka round trip p99", kafkaRoundTrip[1]);
        }
        report.add(hop1p50.note("from the event's occurred-at (stored, ms precision) to receipt by a consumer"));
        report.add(hop1p99);
        report.add(Figure.of(SECTION, "hop Kafka consumer -> query API p50" + suffix, kafkaToReadModel.p50(), "ms"));
        report.add(Figure.of(SECTION, "hop Kafka consumer -> query API p99" + suffix, kafkaToReadModel.p99(), "ms"));
    }
}
