package org.partnerledger.infra.identity;

import org.partnerledger.infra.identity.DemoDirectory.DemoUser;
import org.partnerledger.infra.identity.DemoDirectory.Organisation;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Puts who the user is into their access and ID tokens, so that the services decide on the token alone: role,
 * organisation id and, for display, the names. Access tokens are addressed to PartnerLedger as a whole.
 */
@Component
class PartnerLedgerClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String AUDIENCE = "partnerledger";
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final DemoDirectory directory;

    PartnerLedgerClaims(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !ID_TOKEN.equals(context.getTokenType())) {
            return;
        }
        DemoUser user = directory.userWithSubject(context.getPrincipal().getName()).orElseThrow(
                () -> new IllegalStateException("No demo user has subject " + context.getPrincipal().getName()));
        Organisation organisation = directory.organisationOf(user);
        JwtClaimsSet.Builder claims = context.getClaims()
                .claim("role", user.role())
                .claim("organisation", organisation.id())
                .claim("organisation_name", organisation.name())
                .claim("name", user.name());
        if (accessToken) {
            // An ID token keeps the client as its audience, as OpenID Connect requires.
            claims.audience(List.of(AUDIENCE));
        }
    }
}
