package org.partnerledger.command;

import com.jayway.jsonpath.JsonPath;
import org.partnerledger.web.testing.SignedInAsCoordinator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole command-service on a random port, with real PostgreSQL and a real Kafka broker behind it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignedInAsCoordinator.class)
public abstract class RunningCommandService {

    @LocalServerPort
    protected int port;
    @Autowired
    private TestRestTemplate forming;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        RealInfrastructure.register(registry);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Forms a partnership of one partner, {@code abc}, as the coordinator, and answers its id. */
    protected String formPartnership(String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> formed = forming.postForEntity(url("/api/partnerships"), new HttpEntity<>("""
                {"name": "%s", "vision": {"statement": "Keep going", "goals": []},
                 "partners": [{"id": "abc", "name": "ABC"}], "coordinator": "abc"}""".formatted(name), headers),
                String.class);
        assertThat(formed.getStatusCode().value()).isEqualTo(201);
        return JsonPath.read(formed.getBody(), "$.partnershipId");
    }
}
