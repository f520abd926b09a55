package org.partnerledger.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The access settings both services share ({@code docs/security.md}); the issuer and audience are Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt} properties.
 *
 * @param allowedOrigins the browser origins allowed to call the API (CORS)
 * @param rateLimit      requests a minute each user and each client address may send
 */
@ConfigurationProperties("partnerledger.security")
public record SecurityProperties(@DefaultValue("http://localhost:8082") List<String> allowedOrigins,
                                 @DefaultValue RateLimit rateLimit) {

    /**
     * @param perUser    requests a minute per authenticated subject
     * @param perAddress requests a minute per client address, signed in or not
     */
    public record RateLimit(@DefaultValue("1200") int perUser, @DefaultValue("2400") int perAddress) {
    }
}
