package org.partnerledger.query.dashboard;

import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;

import java.time.Instant;
import java.util.UUID;

/**
 * A partnership's summary row as a batch leaves it: the row before folded with all the batch's events of that
 * partnership, so that it is written once per batch however many events it took.
 *
 * @param previousVersion the version the stored row must still be at; {@code NOTHING_APPLIED} for a new row
 * @param version         the sequence of the last event folded in
 * @param lastActivityAt  when that event occurred
 */
record SummaryRow(UUID partnershipId, PartnershipSummary summary, long previousVersion, long version,
                  Instant lastActivityAt) {

    /** @param before the stored summary, {@code null} when the batch opens the stream */
    static SummaryRow fold(PartnershipSummary before, StreamBatch stream) {
        PartnershipSummary summary = before;
        for (EventEnvelope envelope : stream.events()) {
            summary = PartnershipSummary.apply(summary, envelope.event());
        }
        return new SummaryRow(stream.partnershipId(), summary, stream.previousVersion(), stream.version(),
                stream.last().occurredAt());
    }

    boolean opensStream() {
        return previousVersion == ReadModel.NOTHING_APPLIED;
    }
}
