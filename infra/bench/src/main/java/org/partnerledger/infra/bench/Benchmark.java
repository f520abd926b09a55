package org.partnerledger.infra.bench;

import org.apache.kafka.common.utils.AppInfoParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark behind {@code ./bench}: starts the system as {@code ./run} does (or measures one at given
 * addresses), measures raw PostgreSQL and Kafka baselines and the product against the same servers in one run, and
 * prints a table and writes {@code bench-results/<run>.json}. A tool, not a test: it asserts nothing and fails only
 * when it cannot measure.
 */
public final class Benchmark {

    private final Options options;
    private final Sizes sizes;
    private final Report report = new Report();
    private final String runId = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

    private Benchmark(Options options) {
        this.options = options;
        Sizes chosen = options.smoke() ? Sizes.smoke() : Sizes.full();
        Sizes rebuilt = options.value("rebuild-events").map(Integer::parseInt).map(chosen::withRebuildEvents)
                .orElse(chosen);
        this.sizes = options.duration("soak-duration").map(rebuilt::withSoakRun).orElse(rebuilt);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new Benchmark(options).run(args));
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench %s] %s%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                String.format(format, args));
    }

    private int run(String[] args) throws Exception {
        long start = System.nanoTime();
        describeRun(args);
        Path work = options.resultsDirectory().resolve("run-" + runId);
        Files.createDirectories(work);
        try (BenchedSystem system = options.external() ? BenchedSystem.external(options)
                : BenchedSystem.launch(options, work)) {
            Thread stopOnInterrupt = new Thread(system::close, "bench-stop");
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
            measure(system, work);
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
        }
        report.meta("durationSeconds", Math.round((System.nanoTime() - start) / 1e9));
        report.meta("loadAverageAtEnd", firstLine(Path.of("/proc/loadavg")));
        System.out.println();
        System.out.printf("PartnerLedger benchmark %s (%s)%n", runId, options.smoke()
                ? "SMOKE: tiny sizes, a few seconds per figure; the numbers mean nothing" : "full");
        report.printTable(System.out);
        Path json = report.writeJson(options.resultsDirectory(), runId);
        System.out.printf("%nJSON: %s (and latest.json beside it); took %d s%n", json,
                Math.round((System.nanoTime() - start) / 1e9));
        return 0;
    }

    private void measure(BenchedSystem system, Path work) throws Exception {
        BenchedSystem.Endpoints endpoints = system.endpoints();
        report.meta("serviceJavaOptions", String.join(" ", system.serviceJavaOptions()));
        Optional<Database> commandDb = endpoints.commandJdbc()
                .map(url -> new Database(url, endpoints.jdbcUser(), endpoints.jdbcPassword()));
        Optional<Database> queryDb = endpoints.queryJdbc()
                .map(url -> new Database(url, endpoints.jdbcUser(), endpoints.jdbcPassword()));
        Optional<Kafka> kafka = endpoints.bootstrapServers().map(Kafka::new);
        commandDb.ifPresent(db -> section("versions", () -> {
            report.meta("postgresql", db.queryString("SELECT version()"));
            report.meta("postgresqlDurability", "fsync=" + db.queryString("SHOW fsync") + ", synchronous_commit="
                    + db.queryString("SHOW synchronous_commit"));
        }));
        Memory memory = new Memory(system, report);
        memory.recordAtRest();
        RawPostgres raw = commandDb.map(db -> new RawPostgres(db,
                options.root().resolve("command-service/src/main/resources/db/migration/V1__event_store.sql"),
                sizes, report)).orElse(null);
        try {
            measureSections(system, commandDb, queryDb, kafka, raw, work);
        } finally {
            if (raw != null) {
                raw.close();
            }
        }
        // Last, on services that have run the load: what an idle ./run costs all day, not while it warms up.
        if (options.runs("rest")) {
            section("rest", () -> new CostAtRest(new CpuTime(system), sizes.restRun(), sizes.restRun(), report)
                    .run());
        }
        if (options.runs("memory")) {
            section("memory", memory::reportPeaks);
        }
    }

    private void measureSections(BenchedSystem system, Optional<Database> commandDb, Optional<Database> queryDb,
                                 Optional<Kafka> kafka, RawPostgres raw, Path work) throws Exception {
        BenchedSystem.Endpoints endpoints = system.endpoints();
        if (options.runs("raw-postgres")) {
            requirePresent(commandDb, "raw-postgres", "--command-jdbc");
            if (raw != null) {
                section("raw-postgres", raw::run);
            }
        }
        double[] kafkaRoundTrip = new double[2];
        if (options.runs("raw-kafka")) {
            requirePresent(kafka, "raw-kafka", "--bootstrap-servers");
            kafka.ifPresent(k -> section("raw-kafka", () -> {
                double[] result = new RawKafka(k, sizes, report).run();
                kafkaRoundTrip[0] = result[0];
                kafkaRoundTrip[1] = result[1];
            }));
        }
        Clients clients = Clients.signedIn(endpoints);
        Commands commands = new Commands(clients.command());
        CpuTime cpu = new CpuTime(system);
        CommandLoad load = new CommandLoad(commands, clients.query(), cpu, sizes, report);
        List<String> pool = options.runs("commands") || options.runs("lag") || options.runs("soak")
                ? load.formPool() : List.of();
        Parts parts = new Parts(system, commandDb, queryDb, kafka, clients, commands, cpu, load, pool,
                kafkaRoundTrip[0] > 0 ? kafkaRoundTrip : null, raw, work);
        try (Peers peers = commandDb.map(db -> new Peers(options, system, db, cpu, sizes, work)).orElse(null)) {
            Optional<Double> peak = measureBesidePeers(parts, Optional.ofNullable(peers));
            measureAlone(parts, peak);
        }
    }

    /**
     * What the sections measure with, made once per run; {@code kafkaRoundTrip} is the raw produce-to-consume p50
     * and p99, or null.
     */
    private record Parts(BenchedSystem system, Optional<Database> commandDb, Optional<Database> queryDb,
                         Optional<Kafka> kafka, Clients clients, Commands commands, CpuTime cpu, CommandLoad load,
                         List<String> pool, double[] kafkaRoundTrip, RawPostgres raw, Path work) {
    }

    /** The sections that set PartnerLedger beside its peers; returns the closed-loop peak, if measured. */
    private Optional<Double> measureBesidePeers(Parts parts, Optional<Peers> peers) {
        double[] peak = {Double.NaN};
        if (options.runs("commands")) {
            section("commands", () -> peak[0] = parts.load().run(peers.isEmpty() ? null
                    : new Commands(peers.get().crud())));
        }
        Optional<Double> measuredPeak = Double.isNaN(peak[0]) ? Optional.empty() : Optional.of(peak[0]);
        if (options.runs("lag")) {
            requirePresent(parts.kafka(), "lag", "--bootstrap-servers");
            parts.kafka().ifPresent(kafka -> section("lag", () -> lag(parts, kafka, peers, measuredPeak)));
        }
        if (options.runs("mix")) {
            requirePresent(parts.kafka(), "mix", "--bootstrap-servers");
            requirePresent(peers, "mix", "--command-jdbc");
            if (parts.kafka().isPresent() && peers.isPresent()) {
                section("mix", () -> {
                    Peers.AxonPeer axon = peers.get().axon();
                    new MixLoad(projectionLag(parts, parts.kafka().get()), new ReadSide(parts.clients().query(),
                            parts.queryDb(), sizes.catchUpTimeout()), parts.cpu(), sizes, report)
                            .run(new MixLoad.Contender("", parts.clients(), parts.commandDb().orElseThrow()),
                                    new MixLoad.Contender(Peers.AXON, axon.clients(), axon.eventStore()),
                                    parts.kafkaRoundTrip());
                });
            }
        }
        return measuredPeak;
    }

    /**
     * The sustainable peak, then the lag at half of it (judged) and at a quarter of it (what the pipeline does when
     * the machine has headroom), and the lag of Axon as it comes at half of it.
     */
    private void lag(Parts parts, Kafka kafka, Optional<Peers> peers, Optional<Double> closedLoopPeak)
            throws Exception {
        ProjectionLag lag = projectionLag(parts, kafka);
        ProjectionLag.Target ours = new ProjectionLag.Target("", parts.commands()::next,
                parts.clients().commandActuator());
        // Measured even when the peak is given: it is also what warms the services up before their open loop.
        double from = closedLoopPeak.isPresent() ? closedLoopPeak.get() : parts.load().closedLoopPeak();
        Optional<Double> given = options.value("lag-peak").map(Options::parseRate);
        if (given.isPresent()) {
            log("projection lag: the sustainable peak is taken as given, %.0f commands/s", given.get());
        }
        double sustainable = given.isPresent() ? given.get()
                : lag.sustainablePeak(ours, ProjectionLag.SECTION, parts.pool(), from);
        lag.run(ours, new ProjectionLag.Load(ProjectionLag.SECTION, "50%", true), parts.pool(), sustainable / 2,
                parts.kafkaRoundTrip());
        lag.run(ours, new ProjectionLag.Load(ProjectionLag.SECTION, "25%", false), parts.pool(), sustainable / 4,
                parts.kafkaRoundTrip());
        // Last: a peer that falls behind leaves a backlog its publisher is still sending when its run ends.
        if (peers.isPresent()) {
            Peers.AxonPeer axon = peers.get().axon();
            Commands theirs = new Commands(axon.clients().command());
            lag.run(new ProjectionLag.Target(Peers.AXON, theirs::next, axon.clients().commandActuator()),
                    new ProjectionLag.Load(ProjectionLag.SECTION, "50%", false),
                    CommandLoad.formOn(theirs, sizes.poolSize()), sustainable / 2, parts.kafkaRoundTrip());
        }
    }

    private ProjectionLag projectionLag(Parts parts, Kafka kafka) {
        return new ProjectionLag(parts.clients(), kafka, parts.cpu(), sizes, report);
    }

    /** The sections that measure PartnerLedger alone. */
    private void measureAlone(Parts parts, Optional<Double> measuredPeak) {
        BenchedSystem system = parts.system();
        BenchedSystem.Endpoints endpoints = system.endpoints();
        Optional<Database> commandDb = parts.commandDb();
        Optional<Database> queryDb = parts.queryDb();
        Optional<Kafka> kafka = parts.kafka();
        if (options.runs("histories")) {
            requirePresent(commandDb, "histories", "--command-jdbc");
            commandDb.ifPresent(db -> section("histories", () -> new LongHistories(parts.commands(),
                    parts.clients().query(), db, queryDb, sizes, report).run()));
        }
        if (options.runs("rebuild")) {
            requirePresent(queryDb, "rebuild", "--query-jdbc");
            requirePresent(kafka, "rebuild", "--bootstrap-servers");
            if (queryDb.isPresent() && kafka.isPresent()) {
                section("rebuild", () -> new Rebuild(kafka.get(), endpoints.bootstrapServers().orElseThrow(),
                        endpoints.issuer(), queryDb.get(), options.root().resolve("query-service/target/query-service.jar"),
                        system.serviceJavaOptions(), parts.work().resolve("rebuild-query-service.log"),
                        options.port("rebuild-port", 18082), parts.cpu(), sizes, report).run(parts.raw()));
            }
        }
        if (options.runs("soak")) {
            requirePresent(commandDb, "soak", "--command-jdbc");
            requirePresent(queryDb, "soak", "--query-jdbc");
            if (commandDb.isPresent() && queryDb.isPresent()) {
                section("soak", () -> new Soak(parts.commands(), parts.load(), system, parts.clients(),
                        commandDb.get(), queryDb.get(), sizes, report, runId).run(parts.pool(),
                        options.value("soak-rate").map(Double::parseDouble), measuredPeak));
            }
        }
    }

    /** Runs a section; a failure is reported as a skipped figure so that the other sections still run. */
    private void section(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            StringBuilder causes = new StringBuilder(String.valueOf(e));
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                causes.append("; caused by ").append(cause);
            }
            log("%s failed: %s", name, causes);
            e.printStackTrace();
            report.add(Figure.skipped("failures", name, "failed: " + CommandLoad.abbreviate(causes.toString(), 400)));
        }
    }

    private void requirePresent(Optional<?> value, String section, String option) {
        if (value.isEmpty()) {
            report.add(Figure.skipped("failures", section, "needs " + option));
        }
    }

    private void describeRun(String[] args) {
        report.meta("run", runId);
        report.meta("mode", options.smoke() ? "smoke" : "full");
        report.meta("command", ("./bench " + String.join(" ", Arrays.stream(args)
                .filter(arg -> !arg.startsWith("--root=")).toList())).trim());
        report.meta("sizes", sizes.toString());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("memTotal", firstLine(Path.of("/proc/meminfo")));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("loadAverageAtStart", firstLine(Path.of("/proc/loadavg")));
        report.meta("machine", machine);
        report.meta("kafkaClients", AppInfoParser.getVersion());
        report.meta("system", options.external() ? "given URLs" : "started by the harness (launcher jar)");
        log("%s run %s; sections %s", options.smoke() ? "smoke" : "full", runId, options.sections());
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0).trim();
        } catch (IOException | IndexOutOfBoundsException e) {
            return "";
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
