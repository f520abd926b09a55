package org.partnerledger.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The error handler the projector's failures reach (ADR 26). Its consumer is Kafka's own in-memory one: what is
 * tested is what the handler asks of a consumer, not a broker.
 */
class ProjectionErrorHandlerTest {

    private static final TopicPartition PARTITION = new TopicPartition("partnership-events", 0);

    private final DefaultErrorHandler handler = new ProjectionConfiguration().projectionErrorHandler(
            new ProjectionProperties("partnership-events", 1,
                    new ProjectionProperties.Retry(Duration.ofMillis(1), Duration.ofMillis(1))));
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    private final KafkaMessageListenerContainer<String, byte[]> container = new KafkaMessageListenerContainer<>(
            new DefaultKafkaConsumerFactory<>(Map.of()), new ContainerProperties(PARTITION.topic()));

    /** Spring Kafka would give up at once on the last two and skip the record, committing its offset. */
    @ParameterizedTest
    @ValueSource(classes = {IllegalStateException.class, ClassCastException.class, NoSuchMethodException.class})
    void aFailedPollIsSoughtBackToItsFirstRecordAndNoOffsetIsCommitted(Class<? extends Exception> failure)
            throws Exception {
        consumer.assign(List.of(PARTITION));
        ConsumerRecords<String, byte[]> poll = new ConsumerRecords<>(Map.of(PARTITION,
                List.of(new ConsumerRecord<>(PARTITION.topic(), 0, 7, "key", new byte[0]),
                        new ConsumerRecord<>(PARTITION.topic(), 0, 8, "key", new byte[0]))));
        Exception cause = failure.getDeclaredConstructor().newInstance();

        for (int attempt = 0; attempt < 20; attempt++) {
            assertThatThrownBy(() -> handler.handleBatch(new BatchListenerFailedException("failed", cause, 0), poll,
                    consumer, container, () -> { }))
                    .as("attempt %d", attempt).isNotNull();
            assertThat(consumer.position(PARTITION)).isEqualTo(7);
        }

        assertThat(consumer.committed(Set.of(PARTITION)).get(PARTITION)).isNull();
    }
}
