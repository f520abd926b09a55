package org.partnerledger.command.publication;

import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store that an earlier version split into four segments, where a new store has one: each segment gets a thread
 * of its own, or the partnerships of the segments without one would never be published.
 */
@DirtiesContext
class SplitStorePublicationTest extends RunningCommandService {

    private static final String TOPIC = "split-store-events";

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @DynamicPropertySource
    static void topicOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add("partnerledger.kafka.topic", () -> TOPIC);
    }

    /** Once Flyway has made the schema and before the publisher starts, as an earlier version left the store. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoreSplitIntoFourSegments {

        @Bean
        InitializingBean splitStore(JdbcTemplate jdbc) {
            return () -> jdbc.batchUpdate("INSERT INTO token_entry (processor_name, segment) VALUES (?, ?)",
                    IntStream.range(0, 4).mapToObj(segment -> new Object[] {KafkaEventPublisher.PROCESSING_GROUP,
                            segment}).toList());
        }
    }

    @Test
    void everySegmentOfAStoreSplitByAnEarlierVersionIsPublished() {
        // Eight partnerships all in the one segment a single thread would take: one chance in 65,536.
        List<String> partnerships = IntStream.range(0, 8).mapToObj(i -> formPartnership("Split " + i)).toList();

        assertThat(TopicKeys.publishedWithin(bootstrapServers, TOPIC, Duration.ofSeconds(30), partnerships))
                .containsAll(partnerships);
    }
}
