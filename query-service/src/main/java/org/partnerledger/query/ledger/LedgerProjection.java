package org.partnerledger.query.ledger;

import org.partnerledger.query.ledger.LedgerItems.Key;
import org.partnerledger.query.ledger.LedgerItems.Tracked;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each partnership's live {@link Ledger}: a batch reads the summaries of the partnerships it continues and the
 * items their events name, folds each one's events in and writes back what it read and what the events created.
 */
@Component
class LedgerProjection implements ReadModel {

    private final LedgerRepository repository;

    LedgerProjection(LedgerRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public void apply(List<EventEnvelope> envelopes) {
        List<StreamBatch> streams = StreamBatch.of(envelopes);
        Map<UUID, Long> previousVersions = new HashMap<>();
        Map<UUID, Set<Key>> named = new HashMap<>();
        for (StreamBatch stream : streams) {
            if (!stream.opensStream()) {
                previousVersions.put(stream.partnershipId(), stream.previousVersion());
                named.put(stream.partnershipId(), LedgerItems.named(stream.events()));
            }
        }
        Map<UUID, Tracked> before = repository.loadNamed(named);
        List<Tracked> opened = new ArrayList<>();
        List<Tracked> advanced = new ArrayList<>();
        for (StreamBatch stream : streams) {
            if (stream.opensStream()) {
                opened.add(LedgerItems.fold(LedgerItems.opened(stream.partnershipId().toString()), stream.events()));
            } else {
                advanced.add(LedgerItems.fold(before.get(stream.partnershipId()), stream.events()));
            }
        }
        repository.write(opened, advanced, previousVersions);
    }
}
