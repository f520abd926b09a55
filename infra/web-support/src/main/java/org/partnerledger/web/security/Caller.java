package org.partnerledger.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * Who sent a request, as their verified token says: no name or contact detail, only ids.
 *
 * @param subject        the token's {@code sub}
 * @param role           the token's {@code role}, or {@code null} for a role PartnerLedger does not know
 * @param organisationId the token's {@code organisation}, or {@code null}
 */
public record Caller(String subject, Role role, String organisationId) {

    public static final String ROLE_CLAIM = "role";
    public static final String ORGANISATION_CLAIM = "organisation";

    public static Caller of(Jwt token) {
        return new Caller(token.getSubject(), Role.ofClaim(token.getClaim(ROLE_CLAIM)).orElse(null),
                token.getClaimAsString(ORGANISATION_CLAIM));
    }

    /** The caller of the request this thread serves, if it brought a valid token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? Optional.of(of(jwt.getToken()))
                : Optional.empty();
    }
}
