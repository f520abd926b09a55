package org.partnerledger.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running service's OpenAPI document, checked against the conventions both services keep (see
 * {@code OpenApiConventions}) and saved as {@code target/openapi/<service>.json} for the linter that CI runs on it.
 */
public final class OpenApiDocuments {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String[] METHODS = {"get", "put", "post", "delete", "patch"};

    private OpenApiDocuments() {
    }

    /** Fetches the document of the service at {@code baseUrl}, saves it and returns it. */
    public static JsonNode fetchAndSave(String baseUrl, String service) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path saved = Path.of("target", "openapi", service + ".json");
        Files.createDirectories(saved.getParent());
        JsonNode document = JSON.readTree(response.body());
        Files.write(saved, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        return document;
    }

    /** Title, version and description; for each operation an id, a summary and problem+json for every 4xx. */
    public static void assertConventions(JsonNode document) {
        assertThat(document.at("/info/title").asText()).isNotBlank();
        assertThat(document.at("/info/version").asText()).isNotBlank();
        assertThat(document.at("/info/description").asText()).isNotBlank();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            assertThat(path.getKey()).doesNotStartWith("/error");
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    assertOperation(method + " " + path.getKey(), operation);
                }
            }
        }
    }

    private static void assertOperation(String name, JsonNode operation) {
        assertThat(operation.path("operationId").asText()).as("operationId of %s", name).isNotBlank();
        assertThat(operation.path("summary").asText()).as("summary of %s", name).isNotBlank();
        JsonNode responses = operation.get("responses");
        assertThat(responses.has("400")).as("400 of %s", name).isTrue();
        assertThat(responses.has("500")).as("500 of %s", name).isTrue();
        if (operation.has("requestBody")) {
            assertThat(responses.has("413") && responses.has("415")).as("413 and 415 of %s", name).isTrue();
        }
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4")) {
                assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                        .as("problem schema of %s %s", response.getKey(), name).endsWith("/Problem");
                assertThat(response.getValue().path("description").asText())
                        .as("codes of %s %s", response.getKey(), name).contains("Codes: ");
            }
        });
    }
}
