package org.partnerledger.console.signin;

import java.util.Locale;
import java.util.Optional;

/** The roles of docs/security.md. What each may use in the console follows from it; the services decide. */
public enum Role {
    COORDINATOR, MEMBER, AUDITOR, FUNDER, ADMIN;

    static Optional<Role> fromClaim(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(claim.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Portfolio, dashboards, history and lists are the partners' and auditors' (api.md, query side). */
    public boolean readsPartnerships() {
        return this == COORDINATOR || this == MEMBER || this == AUDITOR;
    }

    public boolean issuesCommands() {
        return this == COORDINATOR || this == MEMBER;
    }

    /** Conflicts, minutes and decisions are never shown to funders (api.md, "Funders"). */
    public boolean seesImpactOnly() {
        return this == FUNDER;
    }
}
