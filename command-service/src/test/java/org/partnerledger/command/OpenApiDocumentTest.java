package org.partnerledger.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.partnerledger.web.testing.OpenApiDocuments;
import org.partnerledger.web.testing.SchemaSamples;
import org.partnerledger.web.testing.TestCaller;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTest extends RunningCommandService {

    @Test
    void theDocumentFollowsTheConventionsOfBothServices() throws Exception {
        OpenApiDocuments.assertConventions(OpenApiDocuments.fetchAndSave(url(""), "command-service"));
    }

    @Test
    void everyCommandDocumentsItsHeadersAndItsRefusals() throws Exception {
        JsonNode document = OpenApiDocuments.fetchAndSave(url(""), "command-service");
        JsonNode decisions = document.at("/paths/~1api~1partnerships~1{partnershipId}~1decisions/post");

        List<String> parameters = new ArrayList<>();
        decisions.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asText()));
        assertThat(parameters).containsExactly("partnershipId", "If-Match", "Idempotency-Key");
        assertThat(decisions.at("/responses/422/description").asText()).contains("PARTNER_UNKNOWN");
        assertThat(decisions.at("/responses/409/description").asText()).contains("VERSION_CONFLICT");
        assertThat(decisions.at("/responses/404/description").asText()).contains("PARTNERSHIP_NOT_FOUND");
    }

    /** Bodies built from the schemas are refused by rules (an id the partnership lacks, say), never as invalid. */
    @Test
    void theSmallestBodyEachRequestSchemaAdmitsIsNeverRefusedAsInvalid() throws Exception {
        JsonNode document = OpenApiDocuments.fetchAndSave(url(""), "command-service");
        SchemaSamples samples = new SchemaSamples(document, "abc");
        JsonNode formation = samples.sample(document.at(
                "/paths/~1api~1partnerships/post/requestBody/content/application~1json/schema"));
        String partnershipId = JsonPath.read(send("POST", "/api/partnerships", formation).body(), "$.partnershipId");

        document.get("paths").fields().forEachRemaining(path -> {
            for (String method : new String[]{"post", "put"}) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    JsonNode body = samples.sample(operation.at("/requestBody/content/application~1json/schema"));
                    String target = path.getKey().replace("{partnershipId}", partnershipId)
                            .replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
                    HttpResponse<String> answer = send(method.toUpperCase(), target, body);
                    assertThat(answer.statusCode()).as("%s %s with %s: %s", method, target, body, answer.body())
                            .isNotEqualTo(400).isLessThan(500);
                }
            }
        });
    }

    @Test
    void requestSchemasStateTheConstraintsTheServerEnforces() throws Exception {
        JsonNode schemas = OpenApiDocuments.fetchAndSave(url(""), "command-service").at("/components/schemas");

        JsonNode decision = schemas.get("RecordDecisionRequest");
        assertThat(decision.get("required")).extracting(JsonNode::asText)
                .contains("title", "rationale", "decidedBy");
        assertThat(decision.at("/properties/title/maxLength").asInt()).isEqualTo(200);
        assertThat(decision.at("/properties/decidedBy/minItems").asInt()).isEqualTo(1);
        assertThat(decision.at("/properties/decidedBy/items/pattern").asText()).isEqualTo("^[a-z0-9-]{2,40}$");
        JsonNode form = schemas.get("FormPartnershipRequest");
        assertThat(form.get("required")).extracting(JsonNode::asText).doesNotContain("purpose");
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestCaller.COORDINATOR.bearer())
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
