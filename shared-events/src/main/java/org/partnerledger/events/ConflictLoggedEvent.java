package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A disagreement between partners was logged so that the agreed conflict process can take it up. Internal to the
 * partnership: never shown to funders.
 *
 * @param partnershipId the partnership
 * @param conflictId    the conflict's id (a UUID issued by the server)
 * @param subject       what it is about, in a line
 * @param description   the details
 * @param parties       ids of the partners involved, at least two distinct
 * @param severity      {@code LOW}, {@code MEDIUM} or {@code HIGH}
 */
@Revision("1")
public record ConflictLoggedEvent(
        @Uuid String partnershipId,
        @Uuid String conflictId,
        String subject,
        String description,
        List<String> parties,
        String severity) implements PartnershipEvent {
}
