package org.partnerledger.web.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateRequestCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * For tests of a whole running service: requests the test's {@code TestRestTemplate} sends without an Authorization
 * header of their own carry {@link TestCaller#COORDINATOR}'s token, so that tests about something else need not say
 * who asks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInAsCoordinator {

    @Bean
    RestTemplateRequestCustomizer<?> coordinatorsToken() {
        return request -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer());
            }
        };
    }
}
