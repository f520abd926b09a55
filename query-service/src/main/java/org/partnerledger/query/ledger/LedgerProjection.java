package org.partnerledger.query.ledger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.Projector;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each partnership's live {@link Ledger}: a batch reads the ledgers of the partnerships it continues, folds
 * each one's events into it in memory and writes each once.
 */
@Component
class LedgerProjection implements ReadModel {

    private final Projector projector;
    private final LedgerRepository repository;

    LedgerProjection(Projector projector, LedgerRepository repository) {
        this.projector = projector;
        this.repository = repository;
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
        Map<UUID, Ledger> before = repository.load(streams.stream().filter(stream -> !stream.opensStream())
                .map(StreamBatch::partnershipId).toList());
        List<Ledger> opened = new ArrayList<>();
        List<Ledger> advanced = new ArrayList<>();
        Map<UUID, Long> previousVersions = new java.util.HashMap<>();
        for (StreamBatch stream : streams) {
            if (stream.opensStream()) {
                opened.add(LedgerFold.fold(Ledger.of(stream.partnershipId().toString()), stream.events()));
            } else {
                previousVersions.put(stream.partnershipId(), stream.previousVersion());
                advanced.add(LedgerFold.fold(before.get(stream.partnershipId()), stream.events()));
            }
        }
        repository.insert(opened);
        repository.advance(advanced, previousVersions);
    }
}
