package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partners revisited their shared vision and changed it.
 *
 * @param partnershipId the partnership
 * @param revision      the vision's new revision number; the vision formed with the partnership is revision 1
 * @param vision        the vision as revised
 * @param rationale     why it changed
 */
@Revision("1")
public record VisionRevisedEvent(
        @Uuid String partnershipId,
        int revision,
        Vision vision,
        String rationale) implements PartnershipEvent {
}
