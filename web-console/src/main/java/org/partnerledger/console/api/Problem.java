package org.partnerledger.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A service's refusal as api.md describes it: RFC 9457 problem+json with a stable {@code code} and, for
 * validation, the fields at fault. A body that is not one still yields a problem, named by its status.
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Problem {
        errors = List.copyOf(errors);
    }

    public record FieldError(String field, String message) {
    }

    public static Problem parse(int status, String body) {
        try {
            JsonNode problem = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            List<FieldError> errors = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                errors.add(new FieldError(error.path("field").asText(""), error.path("message").asText("")));
            }
            return new Problem(status, problem.path("code").asText("HTTP_" + status),
                    problem.path("title").asText(""), problem.path("detail").asText(""), errors);
        } catch (Exception notJson) {
            return new Problem(status, "HTTP_" + status, "", "", List.of());
        }
    }
}
