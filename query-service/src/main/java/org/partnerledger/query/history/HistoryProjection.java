package org.partnerledger.query.history;

import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Keeps the auditors' history: each partnership's events, whole and in order, as published. */
@Component
class HistoryProjection implements ReadModel {

    private final HistoryRepository repository;

    HistoryProjection(HistoryRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return HistoryRepository.READ_MODEL;
    }

    @Override
    public Optional<String> positionsTable() {
        return Optional.of(HistoryRepository.POSITIONS);
    }

    @Override
    public void apply(List<EventEnvelope> envelopes) {
        repository.append(envelopes);
    }
}
