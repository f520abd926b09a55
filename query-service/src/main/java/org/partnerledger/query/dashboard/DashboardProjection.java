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
import java.util.stream.Collectors;

/**
 * Keeps the coordinators' dashboard: one summary row per partnership, whose {@code version} is the position of its
 * stream applied so far, and a row per decision, action and conflict. A batch is folded in memory first, so each
 * partnership's row is read and written at most once per batch and the item rows are inserted together.
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

    @KafkaListener(id = "${partnerledger.kafka.group-prefix:query}-dashboard",
            groupId = "${partnerledger.kafka.group-prefix:query}-dashboard",
            topics = "${partnerledger.kafka.topic}")
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
        Map<Boolean, List<StreamBatch>> byChange = StreamBatch.of(envelopes).stream()
                .collect(Collectors.partitioningBy(DashboardProjection::changesSummary));
        List<StreamBatch> changing = byChange.get(true);
        Map<UUID, PartnershipSummary> before = repository.summaries(changing.stream()
                .filter(stream -> !stream.opensStream()).map(StreamBatch::partnershipId).toList());
        repository.save(changing.stream()
                .map(stream -> SummaryRow.fold(before.get(stream.partnershipId()), stream)).toList());
        repository.moveOn(byChange.get(false));
        items.add(envelopes);
    }

    /** Most batches of a partnership only add items: its summary is then neither read nor written, only moved on. */
    private static boolean changesSummary(StreamBatch stream) {
        return stream.events().stream().anyMatch(envelope -> PartnershipSummary.isChangedBy(envelope.event()));
    }
}
