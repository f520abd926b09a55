package org.partnerledger.web.testing;

import org.partnerledger.events.Partner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people tests sign in as, mirroring the demo directory: organisations by the short ids the test partnerships
 * use ({@code abc} coordinates, {@code rcsd} is the other partner), so that a partnership formed by
 * {@link #COORDINATOR} admits them as the history says.
 */
public enum TestCaller {
    COORDINATOR("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01", "coordinator", "abc"),
    MEMBER("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a02", "member", "abc"),
    OTHER_MEMBER("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a03", "member", "rcsd"),
    OTHER_COORDINATOR("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a07", "coordinator", "rcsd"),
    AUDITOR("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a04", "auditor", "audit"),
    FUNDER("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a05", "funder", "funder"),
    ADMIN("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a06", "admin", "platform"),
    STRANGER("6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a08", "coordinator", "elsewhere");

    private static final Map<TestCaller, String> TOKENS = new ConcurrentHashMap<>();

    private final String subject;
    private final String role;
    private final String organisation;

    TestCaller(String subject, String role, String organisation) {
        this.subject = subject;
        this.role = role;
        this.organisation = organisation;
    }

    public String subject() {
        return subject;
    }

    public String role() {
        return role;
    }

    /** The organisation's id, derived from its short id as partners without an explicit one are. */
    public String organisationId() {
        return Partner.derivedOrganisationId(organisation);
    }

    /** The value of an Authorization header carrying a valid token for this caller. */
    public String bearer() {
        return "Bearer " + TOKENS.computeIfAbsent(this, caller -> TestIssuer.token(claims -> claims
                .subject(subject).claim("role", role).claim("organisation", organisationId())));
    }
}
