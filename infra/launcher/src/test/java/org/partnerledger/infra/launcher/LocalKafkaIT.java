package org.partnerledger.infra.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalKafkaIT {

    private static final String TOPIC = "partnership-events";

    @TempDir
    Path directory;

    private LocalKafka kafka;

    @AfterEach
    void stopKafka() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void keepsItsRecordsWhenStartedAgainOnTheSameLogDirectory() throws Exception {
        kafka = new LocalKafka(directory.resolve("kafka"), FreePorts.next(), FreePorts.next());
        kafka.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, "p-1", "PartnershipFormed")).get();
        }
        kafka.stop();

        kafka.start();

        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received -> values.add(received.value()));
                return !values.isEmpty();
            });
            assertThat(values).containsExactly("PartnershipFormed");
        }
    }

    @Test
    void formatsItsLogDirectoryOnlyOnce() throws Exception {
        Path logDirectory = directory.resolve("kafka");
        kafka = new LocalKafka(logDirectory, FreePorts.next(), FreePorts.next());
        kafka.start();
        String clusterId = clusterId(logDirectory);
        kafka.stop();

        kafka.start();

        assertThat(clusterId(logDirectory)).isNotBlank().isEqualTo(clusterId);
    }

    private static String clusterId(Path logDirectory) throws IOException {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(logDirectory.resolve("meta.properties"))) {
            meta.load(reader);
        }
        return meta.getProperty("cluster.id");
    }

    private KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-it");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
