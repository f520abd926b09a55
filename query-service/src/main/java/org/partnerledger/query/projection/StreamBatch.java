package org.partnerledger.query.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One partnership's events of a batch, consecutive and in stream order: a read model moves the partnership's
 * position once per batch, from {@link #previousVersion} to {@link #version}, rather than once per event.
 */
public record StreamBatch(UUID partnershipId, List<EventEnvelope> events) {

    /** The events of a batch as each partnership's, partnerships in the order they first appear. */
    public static List<StreamBatch> of(List<EventEnvelope> envelopes) {
        Map<UUID, List<EventEnvelope>> streams = new LinkedHashMap<>();
        for (EventEnvelope envelope : envelopes) {
            streams.computeIfAbsent(envelope.partnershipId(), id -> new ArrayList<>()).add(envelope);
        }
        List<StreamBatch> batches = new ArrayList<>(streams.size());
        streams.forEach((partnershipId, events) -> batches.add(new StreamBatch(partnershipId, events)));
        return batches;
    }

    /** The position the stream must be at for these events to follow: {@link ReadModel#NOTHING_APPLIED} to open it. */
    public long previousVersion() {
        return events.get(0).sequence() - 1;
    }

    public boolean opensStream() {
        return previousVersion() == ReadModel.NOTHING_APPLIED;
    }

    /** The position once these events are applied. */
    public long version() {
        return last().sequence();
    }

    public EventEnvelope last() {
        return events.get(events.size() - 1);
    }
}
