package org.partnerledger.query.funder;

import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps what each partnership's funders may see ({@link FunderRecord}): a batch reads the records it continues, folds
 * each one's events in memory and writes each once; the projector moves its streams on (guarded).
 */
@Component
class FunderProjection implements ReadModel {

    private final FunderRepository repository;

    FunderProjection(FunderRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "funder";
    }

    @Override
    public Optional<String> positionsTable() {
        return Optional.of("funder_stream");
    }

    @Override
    public void apply(List<EventEnvelope> envelopes) {
        List<StreamBatch> streams = StreamBatch.of(envelopes);
        Map<UUID, FunderRecord> before = repository.load(streams.stream().filter(stream -> !stream.opensStream())
                .map(StreamBatch::partnershipId).toList());
        List<FunderRecord> after = new ArrayList<>(streams.size());
        for (StreamBatch stream : streams) {
            FunderRecord record = before.getOrDefault(stream.partnershipId(),
                    FunderRecord.of(stream.partnershipId().toString()));
            after.add(FunderFold.fold(record, stream.events()));
        }
        repository.save(after);
    }
}
