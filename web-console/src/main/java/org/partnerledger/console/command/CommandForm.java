package org.partnerledger.console.command;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command of command-service as a form: where it goes, who may issue it and its fields. The path names the
 * partnership as {@code {partnershipId}} and may name an item ({@code {actionId}}), which the form carries.
 *
 * @param audience      {@link Audience#PARTNER} when members may issue it for their own partner (api.md, Access)
 * @param itemVariables the path's variables other than the partnership: ids the page that links the form gives,
 *                      or that the form asks for ({@link #linkedItems()})
 */
public record CommandForm(String id, String title, String method, String path, Audience audience,
                          List<FormField> fields, List<String> itemVariables) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    public CommandForm {
        fields = List.copyOf(fields);
        itemVariables = List.copyOf(itemVariables);
    }

    public enum Audience { COORDINATOR, PARTNER }

    static CommandForm of(String id, String title, String method, String path, Audience audience,
                          FormField... fields) {
        List<String> items = VARIABLE.matcher(path).results().map(match -> match.group(1))
                .filter(name -> !name.equals("partnershipId")).toList();
        return new CommandForm(id, title, method, path, audience, List.of(fields), items);
    }

    /** Whether the form belongs to a partnership that exists already (all but forming one). */
    public boolean ofPartnership() {
        return path.contains("{partnershipId}");
    }

    /** The item variables the page that links the form gives; the others are {@link FieldKind#ITEM} fields. */
    public List<String> linkedItems() {
        return itemVariables.stream().filter(name -> fields.stream()
                .noneMatch(field -> field.kind() == FieldKind.ITEM && field.name().equals(name))).toList();
    }

    public boolean needsPartners() {
        return fields.stream().anyMatch(field -> field.kind() == FieldKind.PARTNER
                || field.kind() == FieldKind.PARTNERS);
    }

    /** The path with its variables filled in; each value must be a UUID, so nothing else reaches the path. */
    String resolve(Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(resolved, UUID.fromString(value == null ? "" : value).toString());
        }
        return matcher.appendTail(resolved).toString();
    }
}
