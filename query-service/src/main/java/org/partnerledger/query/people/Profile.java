package org.partnerledger.query.people;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Optional;

/**
 * How a person is shown, as the display claims of their token say (docs/security.md, "Claims").
 *
 * @param name             the {@code name} claim, or {@code null}
 * @param organisationName the {@code organisation_name} claim, or {@code null}
 */
record Profile(String name, String organisationName) {

    static final String NAME_CLAIM = "name";
    static final String ORGANISATION_NAME_CLAIM = "organisation_name";

    /** A token without either claim says nothing about how its person is shown, and so changes no profile. */
    static Optional<Profile> of(Jwt token) {
        Profile profile = new Profile(token.getClaimAsString(NAME_CLAIM),
                token.getClaimAsString(ORGANISATION_NAME_CLAIM));
        return profile.name() == null && profile.organisationName() == null ? Optional.empty() : Optional.of(profile);
    }
}
