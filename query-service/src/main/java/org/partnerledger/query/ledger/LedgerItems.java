package org.partnerledger.query.ledger;

import org.partnerledger.query.ledger.Ledger.ActionEntry;
import org.partnerledger.query.ledger.Ledger.AgreementEntry;
import org.partnerledger.query.ledger.Ledger.AssetEntry;
import org.partnerledger.query.ledger.Ledger.ConflictEntry;
import org.partnerledger.query.ledger.Ledger.DecisionEntry;
import org.partnerledger.query.ledger.Ledger.LessonEntry;
import org.partnerledger.query.ledger.Ledger.MeetingEntry;
import org.partnerledger.query.ledger.Ledger.MetricEntry;
import org.partnerledger.query.ledger.Ledger.MilestoneEntry;
import org.partnerledger.query.ledger.Ledger.RaciAreaEntry;
import org.partnerledger.query.ledger.Ledger.ReviewRoundEntry;
import org.partnerledger.query.ledger.Ledger.StoryEntry;
import org.partnerledger.query.ledger.Ledger.VisionEntry;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.StoredState;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a ledger is stored (ADR 21): a small summary, and each item of its lists (an action, a meeting, a metric...)
 * in a row of its own. An event changes at most the summary and the items it names by id ({@code actionId},
 * {@code meetingId}...), so a batch reads the summaries and just the items its events name, folds with the one
 * {@link LedgerFold}, and writes what it read back: its cost follows its events, not the partnerships' whole
 * histories. Items are ordered by the event that created them, as the fold's maps keep them, so a ledger assembled
 * from its rows is the ledger folded at once.
 */
final class LedgerItems {

    /** Room for the items one event creates, in the position numbering: the sequence times this, plus their index. */
    private static final long PER_EVENT = 64;

    private LedgerItems() {
    }

    /** The lists kept in rows, each with the name stored for it and the event field that names its items. */
    enum Kind {
        ACTIONS("actions", "actionId", ActionEntry.class, ledger -> ledger.actions),
        DECISIONS("decisions", "decisionId", DecisionEntry.class, ledger -> ledger.decisions),
        CONFLICTS("conflicts", "conflictId", ConflictEntry.class, ledger -> ledger.conflicts),
        MEETINGS("meetings", "meetingId", MeetingEntry.class, ledger -> ledger.meetings),
        AGREEMENTS("agreements", "agreementId", AgreementEntry.class, ledger -> ledger.agreements),
        METRICS("metrics", "metricId", MetricEntry.class, ledger -> ledger.metrics),
        RACI_AREAS("raciAreas", "areaId", RaciAreaEntry.class, ledger -> ledger.raciAreas),
        REVIEW_ROUNDS("reviewRounds", "roundId", ReviewRoundEntry.class, ledger -> ledger.reviewRounds),
        STORIES("stories", "storyId", StoryEntry.class, ledger -> ledger.stories),
        LESSONS("lessonEntries", "lessonId", LessonEntry.class, ledger -> ledger.lessonEntries),
        ASSETS("assets", "assetId", AssetEntry.class, ledger -> ledger.assets),
        MILESTONES("milestones", "milestoneId", MilestoneEntry.class, ledger -> ledger.milestones),
        /** Only ever added to: no event needs an earlier revision read. */
        VISIONS("visions", null, VisionEntry.class, ledger -> ledger.visions);

        final String stored;
        private final String idField;
        private final Class<?> type;
        private final Function<Ledger, ItemMap<?>> items;

        Kind(String stored, String idField, Class<?> type, Function<Ledger, ItemMap<?>> items) {
            this.stored = stored;
            this.idField = idField;
            this.type = type;
            this.items = items;
        }

        static Kind stored(String name) {
            return Arrays.stream(values()).filter(kind -> kind.stored.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No ledger item kind is stored as " + name));
        }

        ItemMap<?> of(Ledger ledger) {
            return items.apply(ledger);
        }

        @SuppressWarnings("unchecked")
        private void put(Ledger ledger, String id, String json) {
            ((ItemMap<Object>) items.apply(ledger)).put(id, StoredState.read(json, type));
        }
    }

    record Key(Kind kind, String id) {
    }

    /** An item as stored: where it stands in its list, and its JSON. */
    record Row(Key key, long position, String state) {
    }

    /**
     * A ledger, the position of each item it holds, and the JSON of those read from their rows: what the fold of a
     * batch writes back is what differs from what was read.
     */
    record Tracked(Ledger ledger, Map<Key, Long> positions, Map<Key, String> read) {

        /** The items new or changed since they were read; an item only referred to is not written again. */
        List<Row> rows() {
            List<Row> rows = new ArrayList<>(positions.size());
            for (Kind kind : Kind.values()) {
                kind.of(ledger).eachHeld((id, item) -> {
                    Key key = new Key(kind, id);
                    Long position = positions.get(key);
                    if (position == null) {
                        throw new IllegalStateException("No position was given to " + key);
                    }
                    String state = StoredState.write(item);
                    if (!state.equals(read.get(key))) {
                        rows.add(new Row(key, position, state));
                    }
                });
            }
            return rows;
        }

        String summary() {
            return StoredState.write(ledger, Ledger.Summary.class);
        }
    }

    /** The items these events name, in the order their fields are declared: those a fold of them may change. */
    static Set<Key> named(List<EventEnvelope> envelopes) {
        Set<Key> keys = new LinkedHashSet<>();
        envelopes.forEach(envelope -> keys.addAll(named(envelope)));
        return keys;
    }

    private static List<Key> named(EventEnvelope envelope) {
        List<Key> keys = new ArrayList<>(2);
        for (Naming naming : NAMINGS.get(envelope.event().getClass())) {
            String id = naming.id(envelope.event());
            if (id != null) {
                keys.add(new Key(naming.kind(), id));
            }
        }
        return keys;
    }

    /** Folds the events into the ledger, giving each item they create its position. */
    static Tracked fold(Tracked tracked, List<EventEnvelope> envelopes) {
        Map<Key, Long> positions = new HashMap<>(tracked.positions());
        for (EventEnvelope envelope : envelopes) {
            LedgerFold.apply(tracked.ledger(), envelope);
            long index = 0;
            for (Kind kind : Kind.values()) {
                for (String id : kind.of(tracked.ledger()).takeAdded()) {
                    positions.put(new Key(kind, id), envelope.sequence() * PER_EVENT + index++);
                }
            }
        }
        return new Tracked(tracked.ledger(), positions, tracked.read());
    }

    static Tracked opened(String partnershipId) {
        return new Tracked(Ledger.of(partnershipId), Map.of(), Map.of());
    }

    /** A whole ledger from its summary and all its item rows. */
    static Tracked assemble(String summary, List<Row> rows) {
        Ledger ledger = StoredState.read(summary, Ledger.class);
        Map<Key, Long> positions = new HashMap<>();
        Map<Key, String> read = new HashMap<>();
        rows.stream().sorted(Comparator.comparingLong(Row::position)).forEach(row -> {
            row.key().kind().put(ledger, row.key().id(), row.state());
            positions.put(row.key(), row.position());
            read.put(row.key(), row.state());
        });
        for (Kind kind : Kind.values()) {
            kind.of(ledger).takeAdded();
        }
        return new Tracked(ledger, positions, read);
    }

    /**
     * A ledger for a batch to fold into: its summary and the rows of the items the batch's events name, its lists
     * refusing to be read beyond those ({@link ItemMap}).
     */
    static Tracked partial(String summary, List<Row> rows, Set<Key> named) {
        Tracked tracked = assemble(summary, rows);
        Map<Kind, Set<String>> given = new EnumMap<>(Kind.class);
        named.forEach(key -> given.computeIfAbsent(key.kind(), kind -> new HashSet<>()).add(key.id()));
        for (Kind kind : Kind.values()) {
            kind.of(tracked.ledger()).givenOnly(given.getOrDefault(kind, Set.of()));
        }
        return tracked;
    }

    /** An event field naming an item of a kind, found once per event class. */
    private record Naming(Kind kind, Method accessor) {

        String id(Object event) {
            try {
                return (String) accessor.invoke(event);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + accessor, e);
            }
        }
    }

    private static final ClassValue<List<Naming>> NAMINGS = new ClassValue<>() {
        @Override
        protected List<Naming> computeValue(Class<?> eventType) {
            List<Naming> namings = new ArrayList<>();
            RecordComponent[] components = eventType.getRecordComponents();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                for (Kind kind : Kind.values()) {
                    if (component.getName().equals(kind.idField) && component.getType() == String.class) {
                        namings.add(new Naming(kind, component.getAccessor()));
                    }
                }
            }
            return List.copyOf(namings);
        }
    };
}
