package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * A response as far as a client can rely on it: its status, and whether its body is a problem the contract
 * promises (problem+json, its status repeated, a title, a detail and a non-blank code).
 */
record ProblemResponse(int status, String contentType, String body) {

    /** What is wrong with the response as a problem, if anything. */
    Optional<String> flaw() {
        if (contentType == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return Optional.of("content type " + contentType + " instead of problem+json");
        }
        JsonNode problem;
        try {
            problem = Json.read(body);
        } catch (IllegalArgumentException notJson) {
            return Optional.of("a body that is not JSON");
        }
        if (problem.path("status").asInt() != status) {
            return Optional.of("status %s in the body".formatted(problem.get("status")));
        }
        for (String member : List.of("title", "detail", "code")) {
            if (problem.path(member).asText().isBlank()) {
                return Optional.of("no " + member);
            }
        }
        if (problem.path("errors").size() > 100) {
            return Optional.of("%d errors listed".formatted(problem.path("errors").size()));
        }
        return Optional.empty();
    }

    String code() {
        return Json.read(body).path("code").asText();
    }

    List<String> fields() {
        return StreamSupport.stream(Json.read(body).path("errors").spliterator(), false)
                .map(error -> error.path("field").asText()).toList();
    }

    @Override
    public String toString() {
        return "%d %s %s".formatted(status, contentType, body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
}
