package org.partnerledger.infra.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * The broker's own round trip: records in the publisher's shape, sent at a steady rate to a scratch topic with the
 * product topic's settings, timed from send to receipt by a read-committed consumer in this process.
 */
final class RawKafka {

    static final String SECTION = "1. raw Kafka";
    static final int RATE_PER_SECOND = 200;
    private static final String SENT_AT = "bench-sent-nanos";

    private final Kafka kafka;
    private final Sizes sizes;
    private final Report report;

    RawKafka(Kafka kafka, Sizes sizes, Report report) {
        this.kafka = kafka;
        this.sizes = sizes;
        this.report = report;
    }

    /** Returns the round trip's p50 and p99 in milliseconds. */
    double[] run() throws Exception {
        String topic = "bench-raw-" + System.currentTimeMillis();
        kafka.createTopic(topic);
        Benchmark.log("raw Kafka: produce-to-consume round trip at %d records/s on %s", RATE_PER_SECOND, topic);
        Latencies latencies = new Latencies();
        AtomicBoolean sending = new AtomicBoolean(true);
        long measureFrom = System.nanoTime() + sizes.warmup().toNanos();
        long expected;
        try (KafkaConsumer<String, byte[]> consumer = kafka.tailingConsumer(topic);
             KafkaProducer<String, byte[]> producer = kafka.productLikeProducer()) {
            Thread receiver = new Thread(() -> receive(consumer, latencies, measureFrom, sending), "bench-raw-kafka");
            receiver.start();
            expected = send(producer, topic, measureFrom + sizes.kafkaRun().toNanos());
            producer.flush();
            Thread.sleep(1_000);
            sending.set(false);
            receiver.join();
        } finally {
            kafka.deleteTopics(List.of(topic));
        }
        String note = "%d records/s for %d s, %,d of %,d measured records received".formatted(RATE_PER_SECOND,
                sizes.kafkaRun().toSeconds(), latencies.count(), expected);
        report.add(Figure.of(SECTION, "produce-to-consume round trip p50", latencies.p50(), "ms").note(note));
        report.add(Figure.of(SECTION, "produce-to-consume round trip p99", latencies.p99(), "ms"));
        return new double[] {latencies.p50(), latencies.p99()};
    }

    /** Sends at a fixed rate until the deadline; returns how many sends fall in the measured window. */
    private long send(KafkaProducer<String, byte[]> producer, String topic, long until) {
        byte[] payload = EventFactory.json(EventFactory.event(UUID.randomUUID().toString(), 1));
        List<String> keys = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        long interval = 1_000_000_000L / RATE_PER_SECOND;
        long next = System.nanoTime();
        long counted = 0;
        for (int i = 0; next < until; i++, next += interval) {
            LockSupport.parkNanos(next - System.nanoTime());
            long now = System.nanoTime();
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, keys.get(i % keys.size()), payload);
            record.headers().add(SENT_AT, ByteBuffer.allocate(Long.BYTES).putLong(now).array());
            producer.send(record);
            if (now >= until - sizes.kafkaRun().toNanos()) {
                counted++;
            }
        }
        return counted;
    }

    private static void receive(KafkaConsumer<String, byte[]> consumer, Latencies latencies, long measureFrom,
                                AtomicBoolean sending) {
        while (sending.get()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                long sent = ByteBuffer.wrap(record.headers().lastHeader(SENT_AT).value()).getLong();
                if (sent >= measureFrom) {
                    latencies.recordNanos(now - sent);
                }
            }
        }
    }
}
