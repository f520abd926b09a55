package org.partnerledger.command;

import org.partnerledger.web.testing.SignedInAsCoordinator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole command-service on a random port, with real PostgreSQL and a real Kafka broker behind it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignedInAsCoordinator.class)
public abstract class RunningCommandService {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        RealInfrastructure.register(registry);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
