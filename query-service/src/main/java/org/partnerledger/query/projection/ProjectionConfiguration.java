package org.partnerledger.query.projection;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.Map;

import static org.partnerledger.events.PartnershipEventsTopic.DEAD_LETTER_SUFFIX;

/** How the read models' consumers treat records they cannot project. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
class ProjectionConfiguration {

    @Bean
    EventRecordReader eventRecordReader() {
        return new EventRecordReader();
    }

    /**
     * Unreadable records go to the dead-letter topic at once, since no retry can fix them. Everything else (the
     * database down, a gap) is retried with back-off for as long as it takes: the partition waits, nothing is
     * skipped. The dead letter's partition is left to Kafka (by key) so the dead-letter topic needs no more
     * partitions than it has.
     */
    @Bean
    DefaultErrorHandler projectionErrorHandler(KafkaOperations<?, ?> deadLetters, ProjectionProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.setClassifications(Map.of(UnreadableEventException.class, false), true);
        return handler;
    }

    @Bean
    NewTopic deadLetterTopic(ProjectionProperties properties) {
        return TopicBuilder.name(properties.topic() + DEAD_LETTER_SUFFIX).partitions(properties.partitions()).build();
    }
}
