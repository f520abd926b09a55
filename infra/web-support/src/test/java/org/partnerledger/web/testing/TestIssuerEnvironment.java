package org.partnerledger.web.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points every Spring Boot test context of a module that has this test-jar at the {@link TestIssuer}, ahead of
 * the service's own issuer setting: no test reaches for a provider that is not running. Rate limits are lifted, as
 * a suite sends thousands of requests a minute from one address; the limit's own test sets one.
 */
public class TestIssuerEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("test-issuer", Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.url(),
                "spring.security.oauth2.resourceserver.jwt.audiences", TestIssuer.AUDIENCE,
                "partnerledger.security.rate-limit.per-user", "1000000",
                "partnerledger.security.rate-limit.per-address", "1000000")));
    }
}
