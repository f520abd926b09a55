package org.partnerledger.command.partnership.action;

import org.partnerledger.web.Rejection;

import java.time.LocalDate;

/** A change to an action item refused by a rule; the code is the contract, the message is for people. */
final class ActionRejection extends Rejection {

    private ActionRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static ActionRejection notFound(String actionId) {
        return new ActionRejection("ACTION_NOT_FOUND", NOT_FOUND,
                "No action %s in this partnership.".formatted(actionId));
    }

    static ActionRejection closed(String actionId) {
        return new ActionRejection("ACTION_CLOSED", CONFLICT,
                "The action %s was already completed or cancelled.".formatted(actionId));
    }

    static ActionRejection completedInFuture(LocalDate completedOn) {
        return new ActionRejection("COMPLETION_DATE_IN_FUTURE", UNPROCESSABLE,
                "The day %s has not come anywhere yet; an action is reported done once it is.".formatted(completedOn));
    }

    static ActionRejection reassignmentEmpty() {
        return new ActionRejection("REASSIGNMENT_EMPTY", UNPROCESSABLE,
                "A reassignment names a new responsible partner, a new accountable partner, or both.");
    }

    static ActionRejection reassignmentUnchanged() {
        return new ActionRejection("REASSIGNMENT_UNCHANGED", UNPROCESSABLE,
                "The action already has this responsible and accountable partner.");
    }

    static ActionRejection dueDateUnchanged(LocalDate dueDate) {
        return new ActionRejection("DUE_DATE_UNCHANGED", UNPROCESSABLE,
                "The action is already due on %s.".formatted(dueDate));
    }
}
