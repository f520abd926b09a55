package org.partnerledger.web.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.UnsupportedEncodingException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * A response as far as a client can rely on it: its status, and whether its body is a problem the contract
 * promises (problem+json, its status repeated, a title, a detail, a non-blank code, at most 100 field errors).
 */
public record ProblemAnswer(int status, String contentType, String body) {

    /** Plain, apart from the services' own mappers: what a test judges stays independent of what it tests. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();

    /** A response as MockMvc gives it. */
    public static ProblemAnswer of(MockHttpServletResponse response) throws UnsupportedEncodingException {
        return new ProblemAnswer(response.getStatus(), response.getContentType(),
                response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** A response as java.net.http gives it. */
    public static ProblemAnswer of(HttpResponse<String> response) {
        return new ProblemAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    /** What is wrong with the response as a problem, if anything. */
    public Optional<String> flaw() {
        if (contentType == null
                || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            return Optional.of("content type " + contentType + " instead of problem+json");
        }
        Optional<JsonNode> parsed = json();
        if (parsed.isEmpty()) {
            return Optional.of("a body that is not JSON");
        }
        JsonNode problem = parsed.get();
        if (problem.path("status").asInt() != status) {
            return Optional.of("status %s in the body".formatted(problem.get("status")));
        }
        Optional<String> missing = List.of("title", "detail", "code").stream()
                .filter(member -> problem.path(member).asText().isBlank()).findFirst().map(member -> "no " + member);
        if (missing.isPresent()) {
            return missing;
        }
        if (problem.path("errors").size() > 100) {
            return Optional.of("%d errors listed".formatted(problem.path("errors").size()));
        }
        return Optional.empty();
    }

    /** The problem's code, or blank when the body is no problem. */
    public String code() {
        return json().map(problem -> problem.path("code").asText()).orElse("");
    }

    /** The fields the problem names as invalid. */
    public List<String> fields() {
        return json().stream().flatMap(problem -> StreamSupport.stream(problem.path("errors").spliterator(), false))
                .map(error -> error.path("field").asText()).toList();
    }

    private Optional<JsonNode> json() {
        try {
            return Optional.ofNullable(PLAIN.readTree(body)).filter(JsonNode::isObject);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "%d %s %s".formatted(status, contentType, body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
}
