package org.partnerledger.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person does in PartnerLedger, as the {@code role} claim of their token says (in lower case). */
public enum Role {
    COORDINATOR, MEMBER, AUDITOR, FUNDER, ADMIN;

    /** The role a claim names, or empty for anything else (such a token is authenticated but allowed nothing). */
    public static Optional<Role> ofClaim(Object claim) {
        return Arrays.stream(values()).filter(role -> role.claim().equals(claim)).findFirst();
    }

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }
}
