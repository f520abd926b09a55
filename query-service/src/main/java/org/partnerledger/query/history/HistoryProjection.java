package org.partnerledger.query.history;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.Projector;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Keeps the auditors' history: each partnership's events, whole and in order, as published. */
@Component
class HistoryProjection implements ReadModel {

    private final Projector projector;
    private final HistoryRepository repository;

    HistoryProjection(Projector projector, HistoryRepository repository) {
        this.projector = projector;
        this.repository = repository;
    }

    @KafkaListener(id = "${partnerledger.kafka.group-prefix:query}-history",
            groupId = "${partnerledger.kafka.group-prefix:query}-history",
            topics = "${partnerledger.kafka.topic}")
    void on(List<ConsumerRecord<String, byte[]>> records, Acknowledgment acknowledgment) {
        projector.project(this, records, acknowledgment);
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public Map<UUID, Long> lastApplied(Set<UUID> partnershipIds) {
        return repository.versions(partnershipIds);
    }

    @Override
    public void apply(List<EventEnvelope> envelopes) {
        repository.append(envelopes);
    }
}
