package org.partnerledger.query.dashboard;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.Projector;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the coordinators' dashboard: one summary row per partnership, whose {@code version} is the position of its
 * stream applied so far, and a row per decision, action and conflict. A batch is folded in memory first, so each
 * partnership's row is read and written once per batch and the item rows are inserted together.
 */
@Component
class DashboardProjection implements ReadModel {

    private final Projector projector;
    private final DashboardRepository repository;
    private final DashboardItems items;

    DashboardProjection(Projector projector, DashboardRepository repository, DashboardItems items) {
        this.projector = projector;
        this.repository = repository;
        this.items = items;
    }

    @KafkaListener(id = "query-dashboard", groupId = "query-dashboard", topics = "${partnerledger.kafka.topic}")
    void on(List<ConsumerRecord<String, byte[]>> records, Acknowledgment acknowledgment) {
        projector.project(this, records, acknowledgment);
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public Map<UUID, Long> lastApplied(Set<UUID> partnershipIds) {
        return repository.versions(partnershipIds);
    }

    @Override
    public void apply(List<EventEnvelope> envelopes) {
        List<StreamBatch> streams = StreamBatch.of(envelopes);
        Map<UUID, PartnershipSummary> before = repository.summaries(streams.stream()
                .filter(stream -> !stream.opensStream()).map(StreamBatch::partnershipId).toList());
        repository.save(streams.stream()
                .map(stream -> SummaryRow.fold(before.get(stream.partnershipId()), stream)).toList());
        items.add(envelopes);
    }
}
