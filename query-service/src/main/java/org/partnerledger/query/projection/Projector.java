package org.partnerledger.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a poll's records to every read model in one database transaction (one read of every read model's positions,
 * one statement that moves those kept in positions tables, then one call to apply per read model) and returns only
 * once it has committed: the listener container then counts the records as done and commits their offsets with the
 * next timed commit, so a committed offset always has its effect in every read model and a redelivered record finds
 * its effect already there (and is skipped by its sequence). Each record is read once, for all of them (ADR 22,
 * ADR 24, ADR 27).
 * <p>
 * A record that cannot be read is left out and, once the others have committed, dead-lettered before the projector
 * returns: its offset is committed with the poll's, by the container alone (ADR 26). Each read model stops at the
 * first record that would leave a hole in its partnership's stream; it commits what came before, and the poll is
 * retried whole, from its first record, and a read model that got further skips what it has applied. Any other
 * failure rolls the whole poll back, for every read model, and is retried from its first record too.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final EventRecordReader reader;
    private final ReadModelPositions positions;
    private final TransactionTemplate transactions;
    private final ConsumerRecordRecoverer deadLetters;
    private final MeterRegistry meters;

    public Projector(EventRecordReader reader, ReadModelPositions positions,
                     PlatformTransactionManager transactionManager, ConsumerRecordRecoverer deadLetters,
                     MeterRegistry meters) {
        this.reader = reader;
        this.positions = positions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    public void project(List<? extends ReadModel> readModels, List<ConsumerRecord<String, byte[]>> records) {
        ReadPoll poll = read(records);
        List<Stop> stops = applyInOneTransaction(readModels, poll.envelopes());
        if (!stops.isEmpty()) {
            throw refuseGaps(stops);
        }
        poll.unreadable().forEach(this::deadLetter);
    }

    private ReadPoll read(List<ConsumerRecord<String, byte[]>> records) {
        List<EventEnvelope> envelopes = new ArrayList<>(records.size());
        List<Unreadable> unreadable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                envelopes.add(reader.read(record));
            } catch (UnreadableEventException e) {
                unreadable.add(new Unreadable(record, e));
            }
        }
        return new ReadPoll(envelopes, unreadable);
    }

    /**
     * Sent as the error handler would have sent it, so that its headers name the consumer group too. One that could
     * not be sent fails the poll, to be retried whole: the read models skip what they hold.
     */
    private void deadLetter(Unreadable unreadable) {
        ConsumerRecord<String, byte[]> record = unreadable.record();
        log.warn("Record {}-{}@{} cannot be read: {}", record.topic(), record.partition(), record.offset(),
                unreadable.reason().getMessage());
        try {
            deadLetters.accept(record, new ListenerExecutionFailedException(
                    "unreadable record: " + unreadable.reason().getMessage(), KafkaUtils.getConsumerGroupId(),
                    unreadable.reason()));
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("dead letter not sent", e, 0);
        }
    }

    private List<Stop> applyInOneTransaction(List<? extends ReadModel> readModels, List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return List.of();
        }
        try {
            return transactions.execute(status -> {
                Map<String, Map<UUID, Long>> applied = positions.lastApplied(partnershipIds(envelopes));
                List<Next> next = readModels.stream().map(readModel ->
                        next(readModel, applied.getOrDefault(readModel.name(), Map.of()), envelopes)).toList();
                movePositionsKeptInTables(next);
                List<Stop> stops = new ArrayList<>();
                for (Next each : next) {
                    if (!each.events().isEmpty()) {
                        each.readModel().apply(each.events());
                    }
                    if (each.stop() != null) {
                        stops.add(each.stop());
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
     * The events that come next for the read model after where it stands ({@code applied}), up to the first that
     * would leave a hole: handed to it in one call, its positions (if the projector keeps them) moved before.
     */
    private static Next next(ReadModel readModel, Map<UUID, Long> applied, List<EventEnvelope> envelopes) {
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
        return new Next(readModel, next, stop);
    }

    /** Before any read model applies: the history's event rows refer to their stream's row (ADR 27). */
    private void movePositionsKeptInTables(List<Next> next) {
        Map<String, List<StreamBatch>> moves = new LinkedHashMap<>();
        for (Next each : next) {
            if (!each.events().isEmpty()) {
                each.readModel().positionsTable().ifPresent(table -> moves.put(table, StreamBatch.of(each.events())));
            }
        }
        if (!moves.isEmpty()) {
            positions.moveOn(moves);
        }
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
     * rolled back refused nothing. The poll is retried from its first record, not from the hole, so that the error
     * handler has no offset to commit: the container alone commits them, and so never one older than it did before.
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
        return new BatchListenerFailedException(refused.getMessage(), refused, 0);
    }

    /** The records of a poll that could be read, and why each of the others could not, in the poll's order. */
    private record ReadPoll(List<EventEnvelope> envelopes, List<Unreadable> unreadable) {
    }

    private record Unreadable(ConsumerRecord<String, byte[]> record, UnreadableEventException reason) {
    }

    /** What a read model is handed of a poll, and where it stopped short of a hole, if it did. */
    private record Next(ReadModel readModel, List<EventEnvelope> events, Stop stop) {
    }

    /** Where a read model stopped short of a hole; the records before it are committed. */
    private record Stop(String readModel, int index, EventEnvelope envelope, long lastApplied) {
    }
}
