package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A long run at 70% of the peak command throughput, open loop as in the lag section (each command is sent at its
 * scheduled time however long earlier ones take), every command with an Idempotency-Key. Then: were there errors,
 * did every accepted command take effect exactly once in the store and in both read models, did the services'
 * memory stay flat, and are there no large objects and no dead tuples that VACUUM cannot reclaim.
 */
final class Soak {

    static final String SECTION = "7. soak";
    private static final double SHARE_OF_PEAK = 0.7;
    private static final int SENDERS = 32;
    /** Every 50th command, once accepted, is sent again with its key, as a client does that lost the answer. */
    private static final int REPEAT_EVERY = 50;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final Commands commands;
    private final CommandLoad load;
    private final MemorySampler memory;
    private final EffectAudit store;
    private final ReadModelAudit readModels;
    private final List<PostgresHealth> databases;
    private final Sizes sizes;
    private final Report report;
    private final String keyPrefix;

    Soak(Commands commands, CommandLoad load, BenchedSystem system, Clients clients, Database commandDb,
         Database queryDb, Sizes sizes, Report report, String runId) {
        this.commands = commands;
        this.load = load;
        this.memory = new MemorySampler(system, clients.commandActuator(), clients.queryActuator(), report);
        this.store = new EffectAudit(commandDb, report);
        this.readModels = new ReadModelAudit(clients.query(), queryDb, report);
        this.databases = List.of(new PostgresHealth("command DB", commandDb, report),
                new PostgresHealth("query DB", queryDb, report));
        this.sizes = sizes;
        this.report = report;
        this.keyPrefix = "soak-" + runId + "-";
    }

    /**
     * @param rate the commands per second to offer, or empty for 70% of the peak
     * @param peak the peak closed-loop throughput on many partnerships measured earlier in this run, or empty to
     *             measure it here
     */
    void run(List<String> pool, Optional<Double> rate, Optional<Double> peak) throws Exception {
        double offered;
        String source;
        if (rate.isPresent()) {
            offered = rate.get();
            source = "given by --soak-rate";
        } else {
            double closedLoopPeak = peak.isPresent() ? peak.get() : load.closedLoopPeak();
            offered = SHARE_OF_PEAK * closedLoopPeak;
            source = "70%% of %.0f cmd/s, the closed-loop peak on many partnerships %s".formatted(closedLoopPeak,
                    peak.isPresent() ? "of section 2" : "at 16 clients, measured just before");
        }
        for (PostgresHealth database : databases) {
            database.recordStart();
        }
        Benchmark.log("soak: %.0f commands/s offered for %d s", offered, sizes.soakRun().toSeconds());
        Outcomes outcomes = new Outcomes();
        Latencies latencies = new Latencies();
        memory.start(sizes.soakRun());
        long start = System.nanoTime();
        try {
            openLoop(pool, offered, outcomes, latencies);
        } finally {
            memory.stop();
        }
        long loadEnded = System.nanoTime();
        reportLoad(offered, source, (loadEnded - start) / 1e9, outcomes, latencies);
        memory.report();
        Benchmark.log("soak: auditing effects");
        readModels.run(store.run(pool, outcomes, keyPrefix), loadEnded);
        Benchmark.log("soak: vacuuming");
        for (PostgresHealth database : databases) {
            database.vacuumAndReport();
        }
    }

    private void openLoop(List<String> pool, double rate, Outcomes outcomes, Latencies latencies)
            throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long until = start + sizes.soakRun().toNanos();
        long nextLog = start + Duration.ofMinutes(1).toNanos();
        long n = 0;
        for (long scheduled = start; scheduled < until; scheduled += interval, n++) {
            LockSupport.parkNanos(scheduled - System.nanoTime());
            long intended = scheduled;
            String key = keyPrefix + n;
            boolean repeat = n % REPEAT_EVERY == 0;
            senders.submit(() -> send(CommandLoad.anyOf(pool), key, repeat, intended, outcomes, latencies));
            if (scheduled >= nextLog) {
                Benchmark.log("soak: %d s, %,d answered, %,d errors", (scheduled - start) / 1_000_000_000,
                        outcomes.sent(), outcomes.errors());
                nextLog += Duration.ofMinutes(1).toNanos();
            }
        }
        senders.shutdown();
        if (!senders.awaitTermination(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            Benchmark.log("soak: commands still queued %d s after the schedule ended; not sent",
                    DRAIN_TIMEOUT.toSeconds());
            senders.shutdownNow();
        }
    }

    private void send(String partnershipId, String key, boolean repeat, long intended, Outcomes outcomes,
                      Latencies latencies) {
        Commands.Request request = commands.nextRequest(partnershipId);
        Http.Answer answer = commands.send(request, key);
        latencies.recordNanos(System.nanoTime() - intended);
        outcomes.record(key, answer);
        if (repeat && answer.ok()) {
            outcomes.recordRepeat(answer, commands.send(request, key));
        }
    }

    private void reportLoad(double rate, String source, double seconds, Outcomes outcomes, Latencies latencies) {
        report.add(Figure.of(SECTION, "offered load", rate, "cmd/s")
                .note("%s; achieved %.1f cmd/s, %,d commands in %.0f s, each with an Idempotency-Key".formatted(
                        source, outcomes.sent() / seconds, outcomes.sent(), seconds)));
        String lastError = outcomes.lastError() == null ? ""
                : "; last non-2xx: " + CommandLoad.abbreviate(outcomes.lastError());
        report.add(Figure.of(SECTION, "errors (5xx, timeouts, connection errors)", outcomes.errors(), "commands")
                .target("0", Figure.Status.of(outcomes.errors() == 0))
                .note("repeats with the same key included" + lastError));
        report.add(Figure.of(SECTION, "refused (4xx)", outcomes.refused().size(), "commands")
                .target("0", Figure.Status.of(outcomes.refused().isEmpty()))
                .note("every command of the rotation is valid, so a refusal is a fault too"));
        report.add(Figure.of(SECTION, "command latency p50 at 70% load", latencies.p50(), "ms"));
        report.add(Figure.of(SECTION, "command latency p99 at 70% load", latencies.p99(), "ms")
                .note("from the scheduled time; max %.0f ms".formatted(latencies.maxMillis())));
    }
}
