package org.partnerledger.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.query.fixtures.TestBroker;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.web.testing.OpenApiDocuments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OpenApiDocumentTest {

    private static final String DATABASE = TestDatabase.createJdbcUrl();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("partnerledger.kafka.topic", () -> "openapi-" + UUID.randomUUID());
    }

    @Test
    void theDocumentFollowsTheConventionsOfBothServices() throws Exception {
        JsonNode document = OpenApiDocuments.fetchAndSave("http://localhost:" + port, "query-service");

        OpenApiDocuments.assertConventions(document);
        assertThat(document.at("/paths/~1api~1partnerships~1{partnershipId}/get/responses/404/description").asText())
                .contains("PARTNERSHIP_NOT_FOUND");
    }
}
