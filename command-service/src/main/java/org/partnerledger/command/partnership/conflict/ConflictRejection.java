package org.partnerledger.command.partnership.conflict;

import org.partnerledger.web.Rejection;

/** A conflict command refused by a rule of the agreed process; the code is the contract, the message for people. */
final class ConflictRejection extends Rejection {

    private ConflictRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static ConflictRejection notFound(String conflictId) {
        return new ConflictRejection("CONFLICT_NOT_FOUND", NOT_FOUND,
                "No conflict %s in this partnership.".formatted(conflictId));
    }

    static ConflictRejection resolved(String conflictId) {
        return new ConflictRejection("CONFLICT_RESOLVED", CONFLICT,
                "The conflict %s is resolved; reopen it first.".formatted(conflictId));
    }

    static ConflictRejection open(String conflictId) {
        return new ConflictRejection("CONFLICT_OPEN", CONFLICT,
                "The conflict %s is still open.".formatted(conflictId));
    }

    static ConflictRejection atTopOfLadder(String conflictId, String step) {
        return new ConflictRejection("CONFLICT_AT_TOP_OF_LADDER", CONFLICT,
                "The conflict %s is on '%s', the top of the agreed ladder.".formatted(conflictId, step));
    }

    static ConflictRejection ladderStepRepeated() {
        return new ConflictRejection("CONFLICT_LADDER_STEP_REPEATED", UNPROCESSABLE,
                "Each step of the ladder is named once.");
    }

    static ConflictRejection ladderUnchanged() {
        return new ConflictRejection("CONFLICT_LADDER_UNCHANGED", UNPROCESSABLE,
                "The partnership already follows exactly this ladder.");
    }
}
