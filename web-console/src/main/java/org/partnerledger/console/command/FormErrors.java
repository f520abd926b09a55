package org.partnerledger.console.command;

import org.partnerledger.console.api.Explanations;
import org.partnerledger.console.api.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A refusal as the form shows it: messages beside the fields they concern, and what concerns no field of the form
 * (a rule of the partnership, a permission) above it, in plain words with the service's code.
 */
public record FormErrors(Map<String, String> byField, Optional<String> summary, Optional<String> code) {

    public FormErrors {
        byField = Map.copyOf(byField);
    }

    public static FormErrors none() {
        return new FormErrors(Map.of(), Optional.empty(), Optional.empty());
    }

    static FormErrors local(Map<String, String> byField) {
        return new FormErrors(byField, Optional.of("Some fields need attention; see the messages beside them."),
                Optional.empty());
    }

    /**
     * Each field error goes to the form's field of that name, or to its nearest enclosing one (an error about
     * {@code vision} when its statement is missing, or about {@code agenda[0]}); one the form has no place for
     * joins the summary.
     */
    public static FormErrors of(Problem problem, Set<String> fieldNames) {
        Map<String, String> byField = new LinkedHashMap<>();
        StringBuilder unplaced = new StringBuilder();
        for (Problem.FieldError error : problem.errors()) {
            Optional<String> field = place(error.field(), fieldNames);
            if (field.isPresent()) {
                byField.merge(field.get(), error.message(), (a, b) -> a + "; " + b);
            } else {
                unplaced.append(' ').append(error.field()).append(": ").append(error.message()).append('.');
            }
        }
        String summary = Explanations.of(problem) + unplaced;
        return new FormErrors(byField, Optional.of(summary.trim()), Optional.of(problem.code()));
    }

    private static Optional<String> place(String path, Set<String> fieldNames) {
        if (fieldNames.contains(path)) {
            return Optional.of(path);
        }
        List<String> within = fieldNames.stream().filter(name -> name.startsWith(path + ".")
                || name.startsWith(path + "[")).sorted().toList();
        return within.stream().findFirst();
    }

    public boolean any() {
        return summary.isPresent() || !byField.isEmpty();
    }

    public String of(String field) {
        return byField.get(field);
    }
}
