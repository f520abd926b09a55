package org.partnerledger.query.projection;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.Map;

import static org.partnerledger.events.PartnershipEventsTopic.DEAD_LETTER_SUFFIX;

/** How the read models' consumers treat records they cannot project. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
class ProjectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConfiguration.class);

    @Bean
    EventRecordReader eventRecordReader() {
        return new EventRecordReader();
    }

    @Bean
    ReadModelPositions readModelPositions(NamedParameterJdbcTemplate jdbc) {
        return ReadModelPositions.inDatabase(jdbc);
    }

    /**
     * Where the projector sends the records it cannot read, since no retry can fix them. The dead letter's partition
     * is left to Kafka (by key) so the dead-letter topic needs no more partitions than it has. Without dead letters
     * ({@code partnerledger.kafka.dead-letters=false}, a rebuild's read models) an unreadable record is logged and
     * skipped.
     */
    @Bean
    ConsumerRecordRecoverer deadLetters(KafkaOperations<?, ?> kafka,
            @Value("${partnerledger.kafka.dead-letters:true}") boolean publishDeadLetters) {
        return publishDeadLetters
                ? new DeadLetterPublishingRecoverer(kafka,
                        (record, exception) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1))
                : ProjectionConfiguration::skipDeadLettered;
    }

    /**
     * Whatever fails a poll (the database down, a gap, a dead letter not sent) is retried with back-off for as long as
     * it takes, from the poll's first record: the partition waits, nothing is skipped, and since the projector never
     * names a later record, this handler commits no offset; the container alone does (ADR 26). Spring Kafka gives up
     * at once on some exceptions (a {@code ClassCastException}, say); here that would skip an event, so none is.
     */
    @Bean
    DefaultErrorHandler projectionErrorHandler(ProjectionProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }

    /** A rebuild's read models (ADR 18) skip what the live ones have dead-lettered already, and say so. */
    private static void skipDeadLettered(ConsumerRecord<?, ?> record, Exception exception) {
        log.info("Skipped unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                exception.getMessage());
    }

    @Bean
    NewTopic deadLetterTopic(ProjectionProperties properties) {
        return TopicBuilder.name(properties.topic() + DEAD_LETTER_SUFFIX).partitions(properties.partitions()).build();
    }
}
