package org.partnerledger.command.publication;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaEventPublisherTest extends RunningCommandService {

    @Autowired
    private TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private KafkaConsumer<String, byte[]> consumer;

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(PartnershipEventsTopic.DEFAULT_TOPIC));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void everyStoredEventIsPublishedKeyedByItsPartnershipWithTheContractHeaders() {
        String id = formPartnership("Working Families");
        HttpEntity<String> decision = json("""
                {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc"]}""", "meeting-2026-12:item-4");
        http.postForEntity(url("/api/partnerships/" + id + "/decisions"), decision, String.class);

        List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(published::add);
            assertThat(published).filteredOn(record -> id.equals(record.key())).hasSize(2);
        });

        List<ConsumerRecord<String, byte[]>> ofPartnership =
                published.stream().filter(record -> id.equals(record.key())).toList();
        Map<String, String> formed = headers(ofPartnership.get(0));
        Map<String, String> decided = headers(ofPartnership.get(1));
        assertThat(formed).containsEntry("event-type", "PartnershipFormed").containsEntry("sequence", "0")
                .containsEntry("partnership-id", id).containsEntry("event-revision", "2")
                .containsEntry("actor", TestCaller.COORDINATOR.subject()).containsEntry("actor-role", "coordinator")
                .containsEntry("actor-organisation", TestCaller.COORDINATOR.organisationId())
                .containsKeys("event-id", "occurred-at", "correlation-id", "command-id");
        assertThat(decided).containsEntry("event-type", "DecisionRecorded").containsEntry("sequence", "1")
                .containsEntry("correlation-id", "meeting-2026-12:item-4");
        assertThat(decided.get("command-id")).isNotEqualTo(formed.get("command-id"));
        assertThat(new String(ofPartnership.get(1).value(), StandardCharsets.UTF_8))
                .contains("\"partnershipId\":\"" + id + "\"", "\"title\":\"Meet monthly\"");
        assertThat(ofPartnership.get(0).partition()).isEqualTo(ofPartnership.get(1).partition());
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, header -> new String(header.value(), StandardCharsets.UTF_8)));
    }

    private static HttpEntity<String> json(String body, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return new HttpEntity<>(body, headers);
    }
}
