package org.partnerledger.console.command;

import java.util.List;

/**
 * One field of a command form, named by its path in the command's JSON body as the services name fields in
 * their validation errors ({@code vision.statement}, {@code decisions[0].title}); an error is thus shown beside
 * the field it concerns without a mapping per command.
 */
public record FormField(String name, String label, FieldKind kind, boolean required, List<String> choices,
                        String hint) {

    public FormField {
        choices = List.copyOf(choices);
    }

    static FormField required(String name, String label, FieldKind kind) {
        return new FormField(name, label, kind, true, List.of(), "");
    }

    static FormField optional(String name, String label, FieldKind kind) {
        return new FormField(name, label, kind, false, List.of(), "");
    }

    static FormField choice(String name, String label, boolean required, String... choices) {
        return new FormField(name, label, FieldKind.CHOICE, required, List.of(choices), "");
    }

    FormField hint(String text) {
        return new FormField(name, label, kind, required, choices, text);
    }

    /** The HTML id: a name's brackets and dots are not welcome in CSS selectors. */
    public String id() {
        return "f-" + name.replaceAll("[^A-Za-z0-9]", "-");
    }

    public boolean multiple() {
        return kind == FieldKind.PARTNERS || kind == FieldKind.CHOICES;
    }
}
