package org.partnerledger.infra.bench;

import org.partnerledger.infra.identity.SignedInUser;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two systems users would pick instead (docs/benchmarks.md, "Peers"), each started on first use beside the
 * measured system, on its PostgreSQL server and broker, with its services' JVM options, and stopped with it:
 * <ol>
 *   <li>a CRUD service with an audit log ({@code infra/crud-peer}), which has the decision endpoint only;</li>
 *   <li>PartnerLedger's own command-service on Axon's defaults (its {@code axon-defaults} profile) with an event
 *   store of its own, publishing to the same topic, so that the same query-service projects what it stores.</li>
 * </ol>
 */
final class Peers implements AutoCloseable {

    static final String CRUD = "CRUD peer";
    static final String AXON = "Axon as it comes";
    private static final String CRUD_DATABASE = "bench_crud_peer";
    private static final String AXON_DATABASE = "bench_axon_peer";

    /** The Axon peer as the harness uses it: its clients (the query side is the system's) and its event store. */
    record AxonPeer(Clients clients, Database eventStore) {
    }

    private final Options options;
    private final BenchedSystem system;
    private final Database commandServer;
    private final CpuTime cpu;
    private final Sizes sizes;
    private final Path work;
    private final List<ServiceInstance> started = new ArrayList<>();
    private Http crud;
    private AxonPeer axon;

    Peers(Options options, BenchedSystem system, Database commandServer, CpuTime cpu, Sizes sizes, Path work) {
        this.options = options;
        this.system = system;
        this.commandServer = commandServer;
        this.cpu = cpu;
        this.sizes = sizes;
        this.work = work;
    }

    /** The CRUD peer's API, signed in as the demo coordinator. */
    Http crud() throws Exception {
        if (crud == null) {
            ServiceInstance instance = start(CRUD, "infra/crud-peer/target/crud-peer.jar",
                    options.port("crud-peer-port", 18084), CRUD_DATABASE, Map.of());
            crud = new Http(instance.base(), new SignedInUser(system.endpoints().issuer(), "coordinator"));
            Commands commands = new Commands(crud);
            warmUp(CRUD, commands, commands::decision);
        }
        return crud;
    }

    AxonPeer axon() throws Exception {
        if (axon == null) {
            ServiceInstance instance = start(AXON, "command-service/target/command-service.jar",
                    options.port("axon-peer-port", 18085), AXON_DATABASE, Map.of(
                            "SPRING_PROFILES_ACTIVE", "axon-defaults",
                            "SPRING_KAFKA_BOOTSTRAP_SERVERS", system.endpoints().bootstrapServers().orElseThrow(),
                            "PARTNERLEDGER_RATE_LIMIT_PER_USER", BenchedSystem.RATE_LIMIT,
                            "PARTNERLEDGER_RATE_LIMIT_PER_ADDRESS", BenchedSystem.RATE_LIMIT));
            BenchedSystem.Endpoints endpoints = system.endpoints();
            axon = new AxonPeer(Clients.signedIn(instance.base(), endpoints.query(), endpoints.issuer()),
                    commandServer.sibling(AXON_DATABASE));
            Commands commands = new Commands(axon.clients().command());
            warmUp(AXON, commands, commands::next);
        }
        return axon;
    }

    private ServiceInstance start(String name, String jar, int port, String database,
                                  Map<String, String> environment) throws Exception {
        Map<String, String> env = new HashMap<>(environment);
        env.put("PARTNERLEDGER_ISSUER", system.endpoints().issuer().toString());
        ServiceInstance instance = ServiceInstance.start(name, options.root().resolve(jar),
                system.serviceJavaOptions(), port, commandServer.recreate(database), env,
                work.resolve(name.toLowerCase().replace(' ', '-') + ".log"));
        started.add(instance);
        instance.awaitHealthy();
        cpu.include(name, instance.pid());
        return instance;
    }

    /**
     * Commands in a closed loop for as long as the system's own warm-up, on partnerships of the peer's own: a cold
     * JVM falls behind at half its peak, and the peer is measured as warm as the system is.
     */
    private void warmUp(String name, Commands commands, Function<String, Http.Answer> command) throws Exception {
        Benchmark.log("%s: warm-up", name);
        List<String> partnerships = CommandLoad.formOn(commands, 10);
        ClosedLoop.run(cpu, 4, () -> List.of(new ClosedLoop.Request("warm-up",
                command.apply(CommandLoad.anyOf(partnerships)), true)), Duration.ZERO, sizes.warmup().multipliedBy(6));
    }

    @Override
    public void close() throws SQLException {
        for (ServiceInstance instance : started) {
            instance.close();
        }
        if (crud != null) {
            commandServer.drop(CRUD_DATABASE);
        }
        if (axon != null) {
            commandServer.drop(AXON_DATABASE);
        }
    }
}
