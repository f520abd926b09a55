package org.partnerledger.query.dashboard;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.Projector;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Keeps the coordinators' dashboard: one summary row per partnership, whose {@code version} is the position of its
 * stream applied so far, and a row per decision, action and conflict.
 */
@Component
class DashboardProjection implements ReadModel {

    private final Projector projector;
    private final DashboardRepository repository;

    DashboardProjection(Projector projector, DashboardRepository repository) {
        this.projector = projector;
        this.repository = repository;
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
    public long lastApplied(UUID partnershipId) {
        return repository.lastApplied(partnershipId);
    }

    @Override
    public void apply(EventEnvelope envelope) {
        PartnershipEvent event = envelope.event();
        PartnershipSummary before = envelope.sequence() == 0 ? null : repository.summary(envelope.partnershipId());
        repository.save(envelope.partnershipId(), PartnershipSummary.apply(before, event), envelope.sequence(),
                envelope.occurredAt());
        if (event instanceof DecisionRecordedEvent decision) {
            repository.addDecision(decision, envelope.sequence(), envelope.occurredAt());
        } else if (event instanceof ActionAssignedEvent action) {
            repository.addAction(action, envelope.sequence(), envelope.occurredAt());
        } else if (event instanceof ConflictLoggedEvent conflict) {
            repository.addConflict(conflict, envelope.sequence(), envelope.occurredAt());
        }
    }
}
