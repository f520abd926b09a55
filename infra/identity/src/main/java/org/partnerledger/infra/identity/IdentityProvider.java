package org.partnerledger.infra.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The development OpenID Connect provider that {@code ./run} starts: Spring Authorization Server with the demo
 * organisations and users of {@code demo-directory.json}. Production points the services at any OIDC provider.
 */
@SpringBootApplication
public class IdentityProvider {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProvider.class, args);
    }
}
