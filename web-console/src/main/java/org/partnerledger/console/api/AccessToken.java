package org.partnerledger.console.api;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * The signed-in user's access token, which stays on the server (ADR 19): the browser holds only a session cookie.
 * The local provider issues no refresh token, so a token about to expire means signing in again, which the
 * provider's own session makes a round of redirects without a password.
 */
@Component
public class AccessToken {

    public static final String REGISTRATION = "partnerledger";
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final OAuth2AuthorizedClientManager clients;

    AccessToken(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** Must be called on the request's thread, where the sign-in is known. */
    public String current() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client = user == null ? null : clients.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(user).build());
        if (client == null) {
            throw new SignInRequired();
        }
        Instant expiresAt = client.getAccessToken().getExpiresAt();
        if (expiresAt != null && expiresAt.isBefore(Instant.now().plus(MARGIN))) {
            throw new SignInRequired();
        }
        return client.getAccessToken().getTokenValue();
    }

    /** The token is gone or expired (or a service refused it): the browser is sent to sign in again. */
    public static final class SignInRequired extends RuntimeException {
        SignInRequired() {
            super("The access token has expired; sign in again");
        }
    }
}
