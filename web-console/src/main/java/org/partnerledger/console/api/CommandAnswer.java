package org.partnerledger.console.api;

import java.util.Map;
import java.util.Optional;

/** What command-service answered a command: its JSON on success, its problem on refusal. */
public record CommandAnswer(Map<String, Object> body, Optional<Problem> problem) {

    static CommandAnswer accepted(Map<String, Object> body) {
        return new CommandAnswer(Map.copyOf(body), Optional.empty());
    }

    static CommandAnswer refused(Problem problem) {
        return new CommandAnswer(Map.of(), Optional.of(problem));
    }

    public boolean accepted() {
        return problem.isEmpty();
    }

    /** The partnership's version after the command, for reading the views once they show it. */
    public Optional<Long> version() {
        return body.get("version") instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }
}
