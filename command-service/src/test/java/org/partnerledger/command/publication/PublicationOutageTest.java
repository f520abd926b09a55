package org.partnerledger.command.publication;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker refuses the events when they are stored: the publisher must hold its position until the broker takes
 * them, then publish every one. Nothing is skipped.
 */
@DirtiesContext
class PublicationOutageTest extends RunningCommandService {

    private static final String TOPIC = "refusing-events";

    @Autowired
    private JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @DynamicPropertySource
    static void refusingTopic(DynamicPropertyRegistry registry) {
        registry.add("partnerledger.kafka.topic", () -> TOPIC);
        registry.add("partnerledger.kafka.send-timeout", () -> "3s");
    }

    @Test
    void eventsTheBrokerRefusesArePublishedOnceItTakesThemAgainAndTheTokenWaitsMeanwhile() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            refuseRecordsOnTheTopic(admin);
            String id = formPartnership("Outage");

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> !everySegmentPastTheEvent());

            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, TOPIC), List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048576"),
                            AlterConfigOp.OpType.SET)))).all().get();
            assertThat(TopicKeys.publishedWithin(bootstrapServers, TOPIC, Duration.ofSeconds(30), List.of(id)))
                    .containsOnlyOnce(id);
            await().atMost(Duration.ofSeconds(30)).until(this::everySegmentPastTheEvent);
        }
    }

    /** Records of a few bytes are too large for this topic: every send of an event fails on the broker. */
    private static void refuseRecordsOnTheTopic(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics().names().get();
        if (topics.contains(TOPIC)) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, TOPIC), List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16"),
                            AlterConfigOp.OpType.SET)))).all().get();
        } else {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16")))).all().get();
        }
    }

    /**
     * Whether the segment that owns the partnership's formation (global index 1 of this test's own event store) has
     * moved past it; segments that don't own it move on regardless, so the slowest segment tells.
     */
    private boolean everySegmentPastTheEvent() {
        List<Long> positions = jdbc.sql("""
                        SELECT (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint
                        FROM token_entry WHERE processor_name = 'kafka-publisher'""")
                .query(Long.class).list();
        return !positions.isEmpty() && positions.stream().allMatch(position -> position != null && position >= 1);
    }
}
