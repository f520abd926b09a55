package org.partnerledger.query.dashboard;

import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;

import java.util.List;

/**
 * What a partnership is, as the dashboard heads it: folded from its events by a pure function, so that the live
 * projection, a rebuild and an "as of" reconstruction all compute the same thing.
 *
 * @param name           the partnership's name
 * @param vision         the current shared vision
 * @param visionRevision its revision, 1 at formation
 * @param partners       the partners, in the order they joined
 * @param coordinator    the id of the coordinating partner
 */
record PartnershipSummary(String name, Vision vision, int visionRevision, List<Partner> partners,
                          String coordinator) {

    private static final int FORMATION_REVISION = 1;

    /**
     * The summary after one more event. Events that only add items (decisions, actions, conflicts) leave it as it
     * is; those items are counted where they are stored.
     *
     * @param summary the summary so far, {@code null} before the partnership was formed
     */
    static PartnershipSummary apply(PartnershipSummary summary, PartnershipEvent event) {
        if (event instanceof PartnershipFormedEvent formed) {
            return new PartnershipSummary(formed.name(), formed.vision(), FORMATION_REVISION, formed.partners(),
                    formed.coordinator());
        }
        if (summary == null) {
            throw new IllegalStateException("A partnership's first event is its formation, not " + event);
        }
        if (event instanceof VisionRevisedEvent revised) {
            return new PartnershipSummary(summary.name, revised.vision(), revised.revision(), summary.partners,
                    summary.coordinator);
        }
        return summary;
    }

    /** Whether {@link #apply} can return another summary for the event, rather than the one it was given. */
    static boolean isChangedBy(PartnershipEvent event) {
        return event instanceof PartnershipFormedEvent || event instanceof VisionRevisedEvent;
    }
}
