package org.partnerledger.query.ledger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.Projector;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each partnership's live {@link Ledger}: a batch reads the ledgers of the partnerships it continues (those it
 * wrote itself last, at the version stored, straight from memory), folds each one's events into it and writes each
 * once.
 */
@Component
class LedgerProjection implements ReadModel {

    private final Projector projector;
    private final LedgerRepository repository;
    /** The ledgers this projection last wrote, to fold the next batch into without parsing them back. */
    private final ParsedLedgers written;

    LedgerProjection(Projector projector, LedgerRepository repository,
                     @Value("${partnerledger.ledger.kept-events:50000}") long keptEvents) {
        this.projector = projector;
        this.repository = repository;
        this.written = new ParsedLedgers(keptEvents);
    }

    @KafkaListener(id = "${partnerledger.kafka.group-prefix:query}-ledger",
            groupId = "${partnerledger.kafka.group-prefix:query}-ledger",
            topics = "${partnerledger.kafka.topic}")
    void on(List<ConsumerRecord<String, byte[]>> records, Acknowledgment acknowledgment) {
        projector.project(this, records, acknowledgment);
    }

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public Map<UUID, Long> lastApplied(Set<UUID> partnershipIds) {
        return repository.versions(partnershipIds);
    }

    @Override
    public void apply(List<EventEnvelope> envelopes) {
        List<StreamBatch> streams = StreamBatch.of(envelopes);
        Map<UUID, Long> previousVersions = new HashMap<>();
        Map<UUID, Ledger> before = new HashMap<>();
        for (StreamBatch stream : streams) {
            if (!stream.opensStream()) {
                previousVersions.put(stream.partnershipId(), stream.previousVersion());
                Ledger kept = written.take(stream.partnershipId(), stream.previousVersion());
                if (kept != null) {
                    before.put(stream.partnershipId(), kept);
                }
            }
        }
        before.putAll(repository.load(previousVersions.keySet().stream().filter(id -> !before.containsKey(id))
                .toList()));
        List<Ledger> opened = new ArrayList<>();
        List<Ledger> advanced = new ArrayList<>();
        for (StreamBatch stream : streams) {
            if (stream.opensStream()) {
                opened.add(LedgerFold.fold(Ledger.of(stream.partnershipId().toString()), stream.events()));
            } else {
                advanced.add(LedgerFold.fold(before.get(stream.partnershipId()), stream.events()));
            }
        }
        repository.insert(opened);
        repository.advance(advanced, previousVersions);
        // Kept even if the transaction then rolls back: the stored version will differ and they will not be taken.
        opened.forEach(written::keep);
        advanced.forEach(written::keep);
    }
}
