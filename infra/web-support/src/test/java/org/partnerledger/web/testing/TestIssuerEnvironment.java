package org.partnerledger.web.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points every Spring Boot test context of a module that has this test-jar at the {@link TestIssuer}, ahead of
 * the service's own issuer setting: no test reaches for a provider that is not running. Rate limits are lifted, as
 * a suite sends thousands of requests a minute from one address; the limits' own test sets its own.
 */
public class TestIssuerEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("test-issuer", Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.url(),
                "spring.security.oauth2.resourceserver.jwt.audiences", TestIssuer.AUDIENCE)));
        // As the environment variables the services' settings default to, so that a test's own properties win.
        environment.getPropertySources().addLast(new MapPropertySource("test-rate-limits", Map.of(
                "PARTNERLEDGER_RATE_LIMIT_PER_USER", "1000000",
                "PARTNERLEDGER_RATE_LIMIT_PER_ADDRESS", "1000000")));
    }
}
