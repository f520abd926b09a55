package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An action item was assigned with its RACI roles and a deadline.
 *
 * @param partnershipId the partnership
 * @param actionId      the action's id (a UUID issued by the server)
 * @param title         what is to be done
 * @param responsible   the id of the partner who does the work
 * @param accountable   the id of the partner who answers for it
 * @param consulted     ids of partners consulted, possibly empty
 * @param informed      ids of partners kept informed, possibly empty
 * @param dueDate       the deadline
 * @param decisionId    the decision this action carries out, or {@code null}
 */
@Revision("1")
public record ActionAssignedEvent(
        @Uuid String partnershipId,
        @Uuid String actionId,
        String title,
        String responsible,
        String accountable,
        List<String> consulted,
        List<String> informed,
        LocalDate dueDate,
        @Nullable @Uuid String decisionId) implements PartnershipEvent {
}
