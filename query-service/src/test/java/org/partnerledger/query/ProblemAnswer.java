package org.partnerledger.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * A response as far as a client can rely on it when refused: problem+json, its status repeated, a title, a detail
 * and a non-blank code.
 */
public record ProblemAnswer(int status, String contentType, String body) {

    /** What is wrong with the response as a problem, if anything. */
    public Optional<String> flaw() {
        if (contentType == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return Optional.of("content type " + contentType + " instead of problem+json");
        }
        JsonNode problem = json();
        if (problem.path("status").asInt() != status) {
            return Optional.of("status %s in the body".formatted(problem.get("status")));
        }
        return List.of("title", "detail", "code").stream().filter(member -> problem.path(member).asText().isBlank())
                .findFirst().map(member -> "no " + member);
    }

    public String code() {
        return json().path("code").asText();
    }

    private JsonNode json() {
        try {
            return JsonMapper.builder().build().readTree(body);
        } catch (Exception notJson) {
            return JsonMapper.builder().build().createObjectNode();
        }
    }

    @Override
    public String toString() {
        return "%d %s %s".formatted(status, contentType, body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
}
