package org.partnerledger.infra.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.partnerledger.events.PartnershipEventsTopic;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tails the product's topic from its end and notes when each event became visible to a consumer, by partnership and
 * sequence; the time from the event's {@code occurred-at} (when command-service stored it) to then is the first hop.
 */
final class EventWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Latencies storeToKafka = new Latencies();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean recording;

    EventWatcher(Kafka kafka) {
        consumer = kafka.tailingConsumer(Kafka.PRODUCT_TOPIC);
        thread = new Thread(this::watch, "bench-event-watcher");
        thread.start();
    }

    void recording(boolean on) {
        recording = on;
    }

    Latencies storeToKafka() {
        return storeToKafka;
    }

    /** When this process first saw the event at this position of the partnership's stream, if it has. */
    Instant seenAt(String partnershipId, long sequence) {
        return seen.get(partnershipId + ":" + sequence);
    }

    private void watch() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                Instant now = Instant.now();
                String partnership = EventFactory.header(record.headers(), PartnershipEventsTopic.PARTNERSHIP_ID);
                String sequence = EventFactory.header(record.headers(), PartnershipEventsTopic.SEQUENCE);
                String occurredAt = EventFactory.header(record.headers(), PartnershipEventsTopic.OCCURRED_AT);
                if (partnership == null || sequence == null || occurredAt == null) {
                    continue;
                }
                seen.putIfAbsent(partnership + ":" + sequence, now);
                if (recording) {
                    storeToKafka.recordNanos(Duration.between(Instant.parse(occurredAt), now).toNanos());
                }
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
