package org.partnerledger.infra.crudpeer;

import org.springframework.http.HttpStatus;

import java.util.Collection;
import java.util.UUID;

/**
 * A request refused by a rule, with the stable code of PartnerLedger's docs/api.md: callers match on the code,
 * never on the message. Without a stack trace, since a refusal is an answer, not a failure.
 */
class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private Refusal(HttpStatus status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    static Refusal partnershipNotFound(UUID partnershipId) {
        return new Refusal(HttpStatus.NOT_FOUND, "PARTNERSHIP_NOT_FOUND",
                "No partnership %s.".formatted(partnershipId));
    }

    static Refusal partnerUnknown(Collection<String> partnerIds) {
        return new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "PARTNER_UNKNOWN",
                "Not partners of this partnership: %s.".formatted(String.join(", ", partnerIds)));
    }

    static Refusal partnerDuplicated(Collection<String> partnerIds) {
        return new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "PARTNER_DUPLICATED",
                "Partners named more than once: %s.".formatted(String.join(", ", partnerIds)));
    }

    static Refusal coordinatorNotAPartner(String coordinator) {
        return new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "COORDINATOR_NOT_A_PARTNER",
                "The coordinator '%s' must be one of the partners.".formatted(coordinator));
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
