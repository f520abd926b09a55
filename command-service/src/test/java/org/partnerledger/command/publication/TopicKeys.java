package org.partnerledger.command.publication;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The keys of a topic's records from its start, as a consumer group of its own reads them. */
final class TopicKeys {

    private TopicKeys() {
    }

    /**
     * Every key read once the expected keys have all come within the patience, and half a second more, so that a
     * key published twice shows twice.
     */
    static List<String> publishedWithin(String bootstrapServers, String topic, Duration patience,
                                        Collection<String> expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "keys-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> keys = new ArrayList<>();
            await().atMost(patience).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
                assertThat(keys).containsAll(expected);
            });
            consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            return keys;
        }
    }
}
