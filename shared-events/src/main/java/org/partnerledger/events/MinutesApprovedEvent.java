package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The partners approved a meeting's minutes: from now on they are frozen, and only a recorded correction, kept
 * beside them in the history, may qualify them.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting
 * @param approvedBy    ids of the approving partners, at least one of whom attended, distinct
 */
@Revision("1")
public record MinutesApprovedEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        List<String> approvedBy) implements MeetingEvent {
}
