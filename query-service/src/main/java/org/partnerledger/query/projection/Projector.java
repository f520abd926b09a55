package org.partnerledger.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a poll's records to every read model in one database transaction (one read of every read model's positions,
 * then one call to apply per read model) and returns only once it has committed: the listener container then counts
 * the records as done and commits their offsets with the next timed commit, so a committed offset always has its
 * effect in every read model and a redelivered record finds its effect already there (and is skipped by its
 * sequence). Each record is read once, for all of them (ADR 22, ADR 24).
 * <p>
 * It stops at the first record that cannot be read, and each read model at the first record that would leave a hole
 * in its partnership's stream; it commits what came before, and throws {@link BatchListenerFailedException} naming
 * the earliest such record: the error handler then commits the earlier offsets and dead-letters the record
 * (unreadable) or retries it (gap). A read model that got further skips, on redelivery, what it has applied. Any
 * other failure rolls the whole batch back, for every read model, and is retried from its first record.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final EventRecordReader reader;
    private final ReadModelPositions positions;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    public Projector(EventRecordReader reader, ReadModelPositions positions,
                     PlatformTransactionManager transactionManager, MeterRegistry meters) {
        this.reader = reader;
        this.positions = positions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.meters = meters;
    }

    public void project(List<? extends ReadModel> readModels, List<ConsumerRecord<String, byte[]>> records) {
        ReadBatch batch = readUntilUnreadable(records);
        List<Stop> stops = applyInOneTransaction(readModels, batch.envelopes());
        if (!stops.isEmpty()) {
            throw refuseGaps(stops);
        }
        if (batch.unreadable() != null) {
            throw new BatchListenerFailedException("unreadable record: " + batch.unreadable().getMessage(),
                    batch.unreadable(), batch.envelopes().size());
        }
    }

    private ReadBatch readUntilUnreadable(List<ConsumerRecord<String, byte[]>> records) {
        List<EventEnvelope> envelopes = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                envelopes.add(reader.read(record));
            } catch (UnreadableEventException e) {
                return new ReadBatch(envelopes, e);
            }
        }
        return new ReadBatch(envelopes, null);
    }

    private List<Stop> applyInOneTransaction(List<? extends ReadModel> readModels, List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return List.of();
        }
        try {
            return transactions.execute(status -> {
                Map<String, Map<UUID, Long>> applied = positions.lastApplied(partnershipIds(envelopes));
                List<Stop> stops = new ArrayList<>();
                for (ReadModel readModel : readModels) {
                    Stop stop = applyNext(readModel, applied.getOrDefault(readModel.name(), Map.of()), envelopes);
                    if (stop != null) {
                        stops.add(stop);
                    }
                }
                return stops;
            });
        } catch (RuntimeException e) {
            log.warn("Rolled back a batch of {} events for every read model, to be retried from its first",
                    envelopes.size(), e);
            throw new BatchListenerFailedException("batch rolled back", e, 0);
        }
    }

    /**
     * Hands the read model, in one call, each event that comes next after where it stands ({@code applied}), up to
     * the first that would leave a hole.
     */
    private Stop applyNext(ReadModel readModel, Map<UUID, Long> applied, List<EventEnvelope> envelopes) {
        Map<UUID, Long> positions = new HashMap<>(applied);
        List<EventEnvelope> next = new ArrayList<>(envelopes.size());
        Stop stop = null;
        for (int i = 0; i < envelopes.size() && stop == null; i++) {
            EventEnvelope envelope = envelopes.get(i);
            long lastApplied = positions.getOrDefault(envelope.partnershipId(), ReadModel.NOTHING_APPLIED);
            if (envelope.sequence() > lastApplied + 1) {
                stop = new Stop(readModel.name(), i, envelope, lastApplied);
            } else if (envelope.sequence() == lastApplied + 1) {
                next.add(envelope);
                positions.put(envelope.partnershipId(), envelope.sequence());
            }
        }
        if (!next.isEmpty()) {
            readModel.apply(next);
        }
        return stop;
    }

    private static Set<UUID> partnershipIds(List<EventEnvelope> envelopes) {
        Set<UUID> ids = new HashSet<>();
        for (EventEnvelope envelope : envelopes) {
            ids.add(envelope.partnershipId());
        }
        return ids;
    }

    /**
     * Counted, for each read model that met a hole, only once the events before it have committed: a batch that
     * rolled back refused nothing. The poll is retried from the earliest hole.
     */
    private BatchListenerFailedException refuseGaps(List<Stop> stops) {
        Stop earliest = stops.stream().min(Comparator.comparingInt(Stop::index)).orElseThrow();
        ProjectionGapException refused = null;
        for (Stop stop : stops) {
            ProjectionGapException gap = new ProjectionGapException(stop.readModel(),
                    stop.envelope().partnershipId(), stop.lastApplied(), stop.envelope().sequence());
            log.warn("Refused event {}: {}", stop.envelope().eventId(), gap.getMessage());
            meters.counter("partnerledger.projection.gaps", "read.model", stop.readModel()).increment();
            if (stop == earliest) {
                refused = gap;
            }
        }
        return new BatchListenerFailedException(refused.getMessage(), refused, earliest.index());
    }

    /** The records of a poll that could be read, up to the first that could not, if any. */
    private record ReadBatch(List<EventEnvelope> envelopes, UnreadableEventException unreadable) {
    }

    /** Where a read model stopped short of a hole; the records before it are committed. */
    private record Stop(String readModel, int index, EventEnvelope envelope, long lastApplied) {
    }
}
