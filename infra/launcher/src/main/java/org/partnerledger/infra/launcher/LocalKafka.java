package org.partnerledger.infra.launcher;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * A single Kafka node in KRaft mode, broker and controller in one, running inside this JVM on a log directory that
 * outlives it. The directory is formatted on the first start only, so topics, records and committed offsets survive
 * a restart.
 */
public final class LocalKafka {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    public LocalKafka(Path logDirectory, int brokerPort, int controllerPort) {
        this.logDirectory = logDirectory.toAbsolutePath();
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Returns once the broker accepts clients. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("Kafka is already running on port " + brokerPort);
        }
        KafkaRaftServer starting = null;
        try {
            formatOnce();
            starting = new KafkaRaftServer(KafkaConfig.fromProps(properties()), Time.SYSTEM);
            starting.startup();
            server = starting;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start on port " + brokerPort + ": " + e.getMessage(), e);
        } finally {
            if (starting != null && server != starting) {
                stop(starting);
            }
        }
    }

    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    /** Controlled shutdown; returns when the node has stopped. Does nothing when not running. */
    public synchronized void stop() {
        if (server != null) {
            stop(server);
            server = null;
        }
    }

    private static void stop(KafkaRaftServer node) {
        node.shutdown();
        node.awaitShutdown();
    }

    private void formatOnce() throws Exception {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(logDirectory);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDirectory.toString())
                .addDirectory(logDirectory.toString())
                .run();
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", String.valueOf(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        properties.put("listeners",
                "PLAINTEXT://localhost:" + brokerPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDirectory.toString());
        // Topics are declared by the services that own them, so a misspelt name fails instead of creating a topic.
        properties.put("auto.create.topics.enable", "false");
        // Read models are rebuilt by replaying the topic from its start, so nothing may age out of it.
        properties.put("log.retention.ms", "-1");
        properties.put("offsets.topic.replication.factor", "1");
        // A few consumer groups, not thousands: one partition of committed offsets rather than 50, each of which
        // the broker checkpoints and looks after on its own timers, at rest too.
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // The one controller writes a no-op to the metadata log every 500 ms by default, for other nodes to see it
        // alive; there are none.
        properties.put("metadata.max.idle.interval.ms", "5000");
        // Four request handlers for the broker and four for the controller, not eight each: every idle handler
        // wakes three times a second, and on one node a request waits on nothing but the disk, so a few keep up
        // with two cores. The clients' network threads stay: 2 handlers and 1 network thread per listener cost
        // commands about 6 % under load (docs/benchmarks.md, cost at rest). The controller's listener carries only
        // this node's own heartbeats and metadata, which one network thread keeps up with.
        properties.put("num.io.threads", "4");
        properties.put("listener.name." + CONTROLLER_LISTENER.toLowerCase(Locale.ROOT) + ".num.network.threads", "1");
        return properties;
    }
}
