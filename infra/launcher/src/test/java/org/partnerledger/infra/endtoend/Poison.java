package org.partnerledger.infra.endtoend;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Records no consumer can read, put on the topic by a hostile or broken producer, and where they end up. */
final class Poison {

    static final String TOPIC = "partnership-events";
    static final String DEAD_LETTERS = TOPIC + ".DLT";

    private final String bootstrapServers;

    Poison(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Publishes one record of each kind of poison and returns where each landed, as "partition:offset". */
    Set<String> inject() throws Exception {
        Set<String> positions = new HashSet<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : List.of(
                    record("this is not json", "DecisionRecorded"),
                    record("{\"partnershipId\": \"x\"}", "PartnershipDissolved"),
                    record("{\"partnershipId\": 42, \"title\": [1, 2]}", "DecisionRecorded"))) {
                var metadata = producer.send(record).get();
                positions.add(metadata.partition() + ":" + metadata.offset());
            }
        }
        return positions;
    }

    /** The dead letters of each consumer group, as "partition:offset" of the record they stand for. */
    Map<String, List<String>> deadLettersByGroup() {
        Map<String, List<String>> byGroup = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            for (int emptyPolls = 0; emptyPolls < 3; ) {
                var polled = consumer.poll(Duration.ofSeconds(1));
                polled.forEach(records::add);
                emptyPolls = polled.isEmpty() ? emptyPolls + 1 : 0;
            }
            for (ConsumerRecord<String, byte[]> record : records) {
                String group = text(record.headers().lastHeader("kafka_dlt-original-consumer-group"));
                String position = ByteBuffer.wrap(record.headers().lastHeader("kafka_dlt-original-partition").value())
                        .getInt() + ":" + ByteBuffer.wrap(record.headers().lastHeader("kafka_dlt-original-offset")
                        .value()).getLong();
                byGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(position);
            }
        }
        return byGroup;
    }

    private static ProducerRecord<String, byte[]> record(String value, String type) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(),
                value.getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-revision", "1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("sequence", "0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("occurred-at", "2026-11-24T12:00:00Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
