package org.partnerledger.query.dashboard;

import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;

import java.util.ArrayList;
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
     * The summary after one more event: its formation, a vision revision, a partner admitted or withdrawn, a
     * coordinator appointed. Every other event leaves it as it is; items are counted where they are stored.
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
        if (event instanceof PartnerAdmittedEvent admitted) {
            List<Partner> partners = new ArrayList<>(summary.partners);
            partners.add(admitted.partner());
            return new PartnershipSummary(summary.name, summary.vision, summary.visionRevision, partners,
                    summary.coordinator);
        }
        if (event instanceof PartnerWithdrawnEvent withdrawn) {
            List<Partner> partners = summary.partners.stream()
                    .filter(partner -> !partner.id().equals(withdrawn.partner())).toList();
            return new PartnershipSummary(summary.name, summary.vision, summary.visionRevision, partners,
                    summary.coordinator);
        }
        if (event instanceof CoordinatorAppointedEvent appointed) {
            return new PartnershipSummary(summary.name, summary.vision, summary.visionRevision, summary.partners,
                    appointed.coordinator());
        }
        return summary;
    }

    /** Whether {@link #apply} can return another summary for the event, rather than the one it was given. */
    static boolean isChangedBy(PartnershipEvent event) {
        return event instanceof PartnershipFormedEvent || event instanceof VisionRevisedEvent
                || event instanceof PartnerAdmittedEvent || event instanceof PartnerWithdrawnEvent
                || event instanceof CoordinatorAppointedEvent;
    }
}
