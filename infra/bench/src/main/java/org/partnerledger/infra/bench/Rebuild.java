package org.partnerledger.infra.bench;

import org.apache.kafka.clients.producer.KafkaProducer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every read model from scratch: a scratch topic is filled with well-formed records in the publisher's
 * shape, then a second query-service, identical but for its topic, port and a fresh database, replays it from the
 * start, while the harness watches every read model's stream positions until every event is applied.
 * <p>
 * The rebuild instance joins the same consumer groups as the live query-service (their ids are fixed in code); it
 * subscribes to another topic, so each only gets its own topic's partitions.
 */
final class Rebuild {

    private static final String REBUILD_INSTANCE = "rebuild query-service";
    static final String SECTION = "4. rebuild";
    private static final String DATABASE = "bench_rebuild";
    private static final int EVENTS_PER_PARTNERSHIP = 100;

    private final Kafka kafka;
    private final String bootstrapServers;
    private final URI issuer;
    private final Database queryServer;
    private final Path queryJar;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final int port;
    private final CpuTime cpu;
    private final Sizes sizes;
    private final Report report;
    /** The read models the rebuild waits for, read from the rebuild instance's view once it exists. */
    private ReadModels readModels;
    /** Events applied by the slowest read model when last counted. */
    private long lastApplied;

    /**
     * @param issuer     the live services' identity provider, which the rebuild instance trusts too
     * @param jvmOptions those of the live query-service, so that the rebuild instance is one like it
     */
    Rebuild(Kafka kafka, String bootstrapServers, URI issuer, Database queryServer, Path queryJar,
            List<String> jvmOptions, Path logFile, int port, CpuTime cpu, Sizes sizes, Report report) {
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.issuer = issuer;
        this.queryServer = queryServer;
        this.queryJar = queryJar;
        this.jvmOptions = jvmOptions;
        this.logFile = logFile;
        this.port = port;
        this.cpu = cpu;
        this.sizes = sizes;
        this.report = report;
    }

    /** @param raw the raw PostgreSQL baselines, measured right before the rebuild, or null */
    void run(RawPostgres raw) throws Exception {
        String topic = "bench-rebuild-" + System.currentTimeMillis();
        kafka.createTopic(topic);
        ServiceInstance instance = null;
        try {
            long events = fill(topic);
            double[] baselines = raw == null ? null : raw.pairedBatchedAndSequential();
            Database database = queryServer.recreate(DATABASE);
            long started = System.nanoTime();
            instance = start(topic, database);
            Progress progress = await(instance, database, events);
            double rate = progress.rate();
            String note = "%,d of %,d events in every read model (%s), %.1f s after the first was applied (%.1f s"
                    + " after the JVM started)%s";
            note = note.formatted(progress.applied(), events, readModels == null ? "none seen"
                            : String.join(", ", readModels.names()), progress.seconds(),
                    (progress.doneAt() - started) / 1e9, progress.complete() ? "" : "; TIMED OUT");
            double peakRss = Memory.mebibytes(instance.pid(), "VmHWM").orElse(Double.NaN);
            report.add(Figure.of(SECTION, "rebuild of every read model", rate, "events/s")
                    .target(">= 20,000 events/s", Figure.Status.of(progress.complete() && rate >= 20_000))
                    .note(note));
            if (baselines != null) {
                Figure batched = Figure.of(SECTION, "rebuild vs raw batched INSERT", rate, "events/s")
                        .against("raw 50-row batch rows/s, measured just before", baselines[0]);
                report.add(batched.target("ratio >= 0.5",
                        Figure.Status.of(batched.ratio() != null && batched.ratio() >= 0.5)));
                report.add(Figure.of(SECTION, "rebuild vs raw sequential read", rate, "events/s")
                        .against("raw sequential read rows/s, measured just before", baselines[1]));
            }
            reportCpu(progress, instance.pid());
            report.add(Figure.of(SECTION, "rebuild query-service resident at peak", peakRss, "MiB")
                    .note("VmHWM of the rebuild instance"));
        } finally {
            if (instance != null) {
                instance.close();
            }
            queryServer.drop(DATABASE);
            kafka.deleteTopics(List.of(topic, topic + ".DLT"));
        }
    }

    private long fill(String topic) throws Exception {
        int partnerships = Math.max(1, sizes.rebuildEvents() / EVENTS_PER_PARTNERSHIP);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        long events = (long) partnerships * EVENTS_PER_PARTNERSHIP;
        Benchmark.log("rebuild: producing %,d events of %,d partnerships to %s", events, partnerships, topic);
        long start = System.nanoTime();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = kafka.bulkProducer()) {
            for (int sequence = 0; sequence < EVENTS_PER_PARTNERSHIP && failure.get() == null; sequence++) {
                for (String id : ids) {
                    producer.send(EventFactory.record(topic, id, sequence, Instant.now()), (metadata, exception) -> {
                        if (exception != null) {
                            failure.compareAndSet(null, exception);
                        }
                    });
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("filling " + topic + " failed", failure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = kafka.endOffsets(topic);
        if (stored != events) {
            throw new IllegalStateException("the topic holds " + stored + " records, not " + events);
        }
        report.add(Figure.of(SECTION, "filling the topic (bulk producer, acks=all)", events / seconds, "events/s")
                .note("%,d partnerships of %d events, interleaved; not a target, for scale"
                        .formatted(partnerships, EVENTS_PER_PARTNERSHIP)));
        return events;
    }

    private ServiceInstance start(String topic, Database database) throws IOException {
        return ServiceInstance.start(REBUILD_INSTANCE, queryJar, jvmOptions, port, database,
                Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers, "PARTNERLEDGER_KAFKA_TOPIC", topic,
                        "PARTNERLEDGER_ISSUER", issuer.toString()), logFile);
    }

    /**
     * How far the replay got: events applied to every read model, and the time from the first observed application
     * to the last.
     */
    private record Progress(long applied, long firstAt, long doneAt, long appliedAtFirst, boolean complete,
                            CpuTime.Sample atFirst, CpuTime.Sample atDone) {

        double seconds() {
            return (doneAt - firstAt) / 1e9;
        }

        double rate() {
            return seconds() > 0 ? (applied - appliedAtFirst) / seconds() : Double.NaN;
        }
    }

    private Progress await(ServiceInstance instance, Database database, long events) throws Exception {
        long deadline = System.nanoTime() + sizes.rebuildTimeout().toNanos();
        CpuTime.Sample atFirst = null;
        long firstAt = 0;
        long appliedAtFirst = 0;
        long applied = 0;
        long lastLog = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!instance.isAlive()) {
                throw new IllegalStateException("the rebuild query-service exited; see " + logFile);
            }
            applied = applied(database);
            long now = System.nanoTime();
            if (applied > 0 && firstAt == 0) {
                firstAt = now;
                appliedAtFirst = applied;
                atFirst = usage(instance);
            }
            if (applied >= events) {
                return new Progress(applied, firstAt, now, appliedAtFirst, true, atFirst, usage(instance));
            }
            if (now - lastLog > 10e9 && readModels != null) {
                Benchmark.log("rebuild: %,d of %,d events in every read model (%s)", applied, events,
                        readModels.appliedByEach());
                lastLog = now;
            }
            Thread.sleep(firstAt == 0 ? 100 : 250);
        }
        return new Progress(applied, firstAt, System.nanoTime(), appliedAtFirst, false, atFirst, usage(instance));
    }

    /** CPU milliseconds used so far by the machine's parts, the rebuild instance one of them. */
    private CpuTime.Sample usage(ServiceInstance instance) {
        return cpu.sample(Map.of(REBUILD_INSTANCE, instance.pid()));
    }

    /**
     * CPU time per event over the same window as the rate: on a shared machine the rate follows whatever else runs,
     * the CPU an event costs much less, so this is the figure to compare across runs.
     */
    private void reportCpu(Progress progress, long rebuildPid) {
        if (progress.atFirst() == null) {
            return;
        }
        long events = progress.applied() - progress.appliedAtFirst();
        CpuTime.Used used = progress.atDone().since(progress.atFirst());
        long rebuildMillis = used.byPart().getOrDefault(REBUILD_INSTANCE, 0L);
        report.add(Figure.of(SECTION, "rebuild CPU per event: " + REBUILD_INSTANCE, rebuildMillis * 1000.0 / events,
                "us").note("pid %d, over the window of the rate; compare this across runs".formatted(rebuildPid)));
        Long postgres = used.byPart().get("PostgreSQL");
        if (postgres != null) {
            report.add(Figure.of(SECTION, "rebuild CPU per event: PostgreSQL", postgres * 1000.0 / events, "us"));
        }
        report.add(Figure.of(SECTION, "rebuild CPU per event: whole machine", used.busy() * 1000.0 / events, "us")
                .note("%.0f %% of the machine's CPU time was busy over the window"
                        .formatted(100.0 * used.busy() / Math.max(1, used.total()))));
    }

    /**
     * Events applied to the slowest read model, read from their stream positions: every read model the view
     * {@code read_model_positions} names, one without any row yet counting as 0 (0 too until the instance has created
     * the view).
     */
    private long applied(Database database) {
        try {
            // Read again until events arrive: the instance may be migrating still, and an earlier view named other
            // read models. Once they do, migrations are done and the names stand.
            if (readModels == null || lastApplied == 0) {
                ReadModels named = ReadModels.of(database);
                if (readModels == null || !readModels.names().equals(named.names())) {
                    Benchmark.log("rebuild: waiting for every read model of read_model_positions: %s",
                            String.join(", ", named.names()));
                }
                readModels = named;
            }
            lastApplied = readModels.appliedBySlowest();
            return lastApplied;
        } catch (SQLException viewNotYetCreated) {
            return 0;
        }
    }
}
