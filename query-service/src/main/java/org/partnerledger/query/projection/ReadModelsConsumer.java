package org.partnerledger.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The one consumer of the topic for every read model (ADR 22): each poll is fetched and read once and applied to all
 * of them in one transaction. The consumer group is {@code <prefix>-read-models}; a rebuild's shadow has a prefix of
 * its own, and so a group of its own.
 */
@Component
public class ReadModelsConsumer {

    private static final String GROUP = "-read-models";

    private final Projector projector;
    private final List<ReadModel> readModels;

    ReadModelsConsumer(Projector projector, List<ReadModel> readModels) {
        this.projector = projector;
        this.readModels = readModels.stream().sorted(Comparator.comparing(ReadModel::name)).toList();
    }

    /** The consumer group under a prefix: {@code query} for the live read models, {@code rebuild-<n>} for a shadow. */
    public static String group(String prefix) {
        return prefix + GROUP;
    }

    @KafkaListener(id = "${partnerledger.kafka.group-prefix:query}" + GROUP,
            groupId = "${partnerledger.kafka.group-prefix:query}" + GROUP, topics = "${partnerledger.kafka.topic}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        projector.project(readModels, records);
    }
}
