package org.partnerledger.infra.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The realistic mix ({@link Mix}) on partnerships that already hold a year of history, seeded into each system's
 * event store, on PartnerLedger and on Axon as it comes. For each: 16 clients in a closed loop across many
 * partnerships, then on one hot partnership (throughput, and p50/p99 by command type); then the projection lag of
 * both at half of PartnerLedger's sustainable peak on the mix.
 */
final class MixLoad {

    static final String SECTION = "9. realistic mix";
    private static final int CLIENTS = 16;
    /** Eleven turns of the mix send twelve commands: one turn is a meeting and then its minutes. */
    private static final double COMMANDS_PER_TURN = 12.0 / 11;

    /** A system under the mix: its name in the figures (empty for PartnerLedger), its clients and its event store. */
    record Contender(String name, Clients clients, Database eventStore) {

        String label() {
            return name.isEmpty() ? "PartnerLedger" : name;
        }

        String suffix() {
            return " (" + label() + ")";
        }
    }

    /** A contender's partnerships, prepared for the mix. */
    private record Prepared(Contender contender, Mix mix, Map<String, Mix.Partnership> partnerships) {

        List<String> ids() {
            return List.copyOf(partnerships.keySet());
        }
    }

    private final ProjectionLag lag;
    private final ReadSide readSide;
    private final CpuTime cpu;
    private final Sizes sizes;
    private final Report report;

    MixLoad(ProjectionLag lag, ReadSide readSide, CpuTime cpu, Sizes sizes, Report report) {
        this.lag = lag;
        this.readSide = readSide;
        this.cpu = cpu;
        this.sizes = sizes;
        this.report = report;
    }

    void run(Contender partnerLedger, Contender peer, double[] kafkaRoundTrip) throws Exception {
        Prepared ours = prepare(partnerLedger);
        Prepared theirs = prepare(peer);
        double oursMany = closedLoops(ours);
        double theirsMany = closedLoops(theirs);
        report.add(Figure.of(SECTION, "mix throughput, many partnerships: PartnerLedger vs " + peer.name(),
                oursMany, "cmd/s").against(peer.name() + " cmd/s, same mix and histories", theirsMany)
                .target("ratio >= 2", Figure.Status.of(theirsMany > 0 && oursMany / theirsMany >= 2)));

        double sustainable = lag.sustainablePeak(target(ours), SECTION, ours.ids(), oursMany / COMMANDS_PER_TURN);
        double rate = sustainable / 2;
        ProjectionLag.Load load = new ProjectionLag.Load(SECTION, "50%", false);
        ProjectionLag.Result ourLag = lag.run(target(ours), load, ours.ids(), rate, kafkaRoundTrip);
        ProjectionLag.Result theirLag = lag.run(target(theirs), load, theirs.ids(), rate, kafkaRoundTrip);
        for (String percentile : List.of("p50", "p99")) {
            double ourValue = percentile.equals("p50") ? ourLag.endToEnd().p50() : ourLag.endToEnd().p99();
            double theirValue = percentile.equals("p50") ? theirLag.endToEnd().p50() : theirLag.endToEnd().p99();
            Figure lower = Figure.of(SECTION, "mix lag %s at 50%% load: %s vs PartnerLedger".formatted(percentile,
                    peer.name()), theirValue, "ms")
                    .against("PartnerLedger's lag " + percentile + " at the same load", ourValue);
            report.add(lower.target("ratio >= 10", Figure.Status.of(lower.ratio() != null && lower.ratio() >= 10))
                    .note("%.0f turns/s offered to each (%.0f cmd/s), lag from 2xx until the query API shows it"
                            .formatted(rate, rate * COMMANDS_PER_TURN)));
        }
    }

    /** Seeds the histories, waits until every read model holds them, and gives each partnership its metric. */
    private Prepared prepare(Contender contender) throws Exception {
        int partnerships = sizes.mixPartnerships();
        int events = sizes.mixHistory();
        Benchmark.log("mix: seeding %d partnerships of %d events%s", partnerships, events, contender.suffix());
        EventStoreSeeder seeder = new EventStoreSeeder(contender.eventStore());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            ids.add(seeder.seed(events));
        }
        long start = System.nanoTime();
        for (String id : ids) {
            readSide.awaitVersion(id, events - 1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(Figure.of(SECTION, "year of history published and projected" + contender.suffix(),
                (double) partnerships * events / seconds, "events/s")
                .note("%d partnerships of %d events stored by JDBC, then in %s %.1f s later"
                        .formatted(partnerships, events, readSide.waitedFor(), seconds)));
        Mix mix = new Mix(contender.clients().command());
        Map<String, Mix.Partnership> prepared = ids.stream()
                .collect(Collectors.toMap(id -> id, mix::prepare, (a, b) -> a, LinkedHashMap::new));
        return new Prepared(contender, mix, prepared);
    }

    /** Both closed loops of a contender; returns its throughput across many partnerships. */
    private double closedLoops(Prepared prepared) throws Exception {
        List<String> ids = prepared.ids();
        Mix.Partnership hot = prepared.partnerships().get(ids.get(0));
        double many = 0;
        for (String scenario : List.of("many partnerships", "one hot partnership")) {
            Supplier<Mix.Partnership> target = scenario.startsWith("many")
                    ? () -> prepared.partnerships().get(CommandLoad.anyOf(ids)) : () -> hot;
            Benchmark.log("mix: %s, %d clients%s", scenario, CLIENTS, prepared.contender().suffix());
            ClosedLoop.Run run = ClosedLoop.run(cpu, CLIENTS, () -> requests(prepared.mix(), target.get()),
                    sizes.warmup(), sizes.commandRun());
            report(prepared.contender(), scenario, run);
            if (scenario.startsWith("many")) {
                many = run.throughput();
                run.cpu().reportPer("mix command", run.answered(), report, SECTION,
                        " (%d clients, %s)".formatted(CLIENTS, prepared.contender().label()));
            }
        }
        return many;
    }

    private static List<ClosedLoop.Request> requests(Mix mix, Mix.Partnership partnership) {
        return mix.next(partnership).stream().map(sent -> new ClosedLoop.Request(sent.type().name()
                .toLowerCase().replace('_', ' '), sent.answer(), sent.answer().ok())).toList();
    }

    private void report(Contender contender, String scenario, ClosedLoop.Run run) {
        String name = "mix, %s, %d clients%s: ".formatted(scenario, CLIENTS, contender.suffix());
        Figure throughput = Figure.of(SECTION, name + "throughput", run.throughput(), "cmd/s");
        report.add(run.errors() == 0 ? throughput : throughput.note("%d unexpected answers, last: %s"
                .formatted(run.errors(), CommandLoad.abbreviate(run.lastError()))));
        run.byType().forEach((type, latencies) -> report.add(Figure.of(SECTION, name + type + " p99",
                latencies.p99(), "ms").note("p50 %.2f ms, %d answered".formatted(latencies.p50(),
                latencies.count()))));
    }

    /** The open-loop sender of the lag run: a turn of the mix, whose last answer the probes follow. */
    private static ProjectionLag.Target target(Prepared prepared) {
        Function<String, Http.Answer> send = id -> {
            List<Mix.Sent> sent = prepared.mix().next(prepared.partnerships().get(id));
            return sent.get(sent.size() - 1).answer();
        };
        return new ProjectionLag.Target(prepared.contender().name().isEmpty() ? "mix"
                : "mix, " + prepared.contender().name(), send, prepared.contender().clients().commandActuator());
    }
}
