package org.partnerledger.command.partnership.decision;

import org.partnerledger.web.Rejection;

/** A decision refused by a rule of the decision log; the code is the contract, the message is for people. */
final class DecisionRejection extends Rejection {

    private DecisionRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static DecisionRejection alreadySuperseded(String decisionId, String supersededBy) {
        return new DecisionRejection("DECISION_ALREADY_SUPERSEDED", CONFLICT,
                "The decision %s was already superseded by %s.".formatted(decisionId, supersededBy));
    }
}
