package org.partnerledger.command.partnership;

import org.partnerledger.web.Rejection;
import org.partnerledger.web.security.Role;

import java.util.Collection;

/** A partnership command refused by a rule; the code is the contract, the message is for people. */
public class PartnershipRejection extends Rejection {

    private PartnershipRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    public static PartnershipRejection notFound(String partnershipId) {
        return new PartnershipRejection("PARTNERSHIP_NOT_FOUND", NOT_FOUND,
                "No partnership %s.".formatted(partnershipId));
    }

    static PartnershipRejection invalidCorrelationId() {
        return new PartnershipRejection("INVALID_CORRELATION_ID", BAD_REQUEST,
                "X-Correlation-Id must be 1 to 100 letters, digits or any of . _ : -");
    }

    /** A command the caller's standing does not reach: a member's that is not their own partner's business. */
    static PartnershipRejection commandNotPermitted(Role role) {
        return new PartnershipRejection("COMMAND_NOT_PERMITTED", FORBIDDEN, role == null
                ? "Your token names no role that may command a partnership."
                : "A %s may not issue this command here: it is not your own partner's to issue."
                .formatted(role.claim()));
    }

    static PartnershipRejection coordinatorNotYourOrganisation(String coordinator) {
        return new PartnershipRejection("COORDINATOR_NOT_YOUR_ORGANISATION", UNPROCESSABLE,
                "The coordinating partner '%s' must be your own organisation: you will coordinate it."
                        .formatted(coordinator));
    }

    static PartnershipRejection versionConflict(long expected) {
        return new PartnershipRejection("VERSION_CONFLICT", CONFLICT,
                "The partnership is not at version %d; reload it and decide again.".formatted(expected));
    }

    static PartnershipRejection concurrentModification() {
        return new PartnershipRejection("CONCURRENT_MODIFICATION", CONFLICT,
                "Another change to this partnership was stored at the same moment; retry.");
    }

    static PartnershipRejection partnerUnknown(Collection<String> partnerIds) {
        return new PartnershipRejection("PARTNER_UNKNOWN", UNPROCESSABLE,
                "Not partners of this partnership: %s.".formatted(String.join(", ", partnerIds)));
    }

    public static PartnershipRejection partnerDuplicated(Collection<String> partnerIds) {
        return new PartnershipRejection("PARTNER_DUPLICATED", UNPROCESSABLE,
                "Partners named more than once: %s.".formatted(String.join(", ", partnerIds)));
    }

    static PartnershipRejection coordinatorNotAPartner(String coordinator) {
        return new PartnershipRejection("COORDINATOR_NOT_A_PARTNER", UNPROCESSABLE,
                "The coordinator '%s' must be one of the partners.".formatted(coordinator));
    }

    static PartnershipRejection conflictNeedsTwoParties() {
        return new PartnershipRejection("CONFLICT_NEEDS_TWO_PARTIES", UNPROCESSABLE,
                "A conflict is between at least two distinct partners.");
    }

    public static PartnershipRejection dueDateInPast(Object dueDate) {
        return new PartnershipRejection("DUE_DATE_IN_PAST", UNPROCESSABLE,
                "The due date %s has already passed.".formatted(dueDate));
    }

    public static PartnershipRejection dueDateTooFar(Object dueDate, int maxYears) {
        return new PartnershipRejection("DUE_DATE_TOO_FAR", UNPROCESSABLE,
                "The due date %s is more than %d years away.".formatted(dueDate, maxYears));
    }

    static PartnershipRejection invalidVersionHeader(String value) {
        return new PartnershipRejection("INVALID_PARAMETER", BAD_REQUEST,
                "If-Match must be a partnership version in quotes, e.g. \"3\", not %s.".formatted(value));
    }

    static PartnershipRejection invalidPathId(String name, String value) {
        return new PartnershipRejection("INVALID_PARAMETER", BAD_REQUEST,
                "The %s must be a UUID in its canonical form, not %s.".formatted(name,
                        value.length() > 40 ? value.substring(0, 40) + "..." : value));
    }

    static PartnershipRejection idempotencyKeyReused(String key) {
        return new PartnershipRejection("IDEMPOTENCY_KEY_REUSED", UNPROCESSABLE,
                "The Idempotency-Key '%s' was first used for a different request.".formatted(key));
    }

    static PartnershipRejection invalidIdempotencyKey() {
        return new PartnershipRejection("INVALID_PARAMETER", BAD_REQUEST,
                "Idempotency-Key must be 1 to 200 printable ASCII characters.");
    }

    public static PartnershipRejection decisionUnknown(String decisionId) {
        return new PartnershipRejection("DECISION_UNKNOWN", UNPROCESSABLE,
                "No decision %s in this partnership.".formatted(decisionId));
    }

    static PartnershipRejection visionUnchanged() {
        return new PartnershipRejection("VISION_UNCHANGED", UNPROCESSABLE,
                "A revision must change the statement or the goals.");
    }
}
