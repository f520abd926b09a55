package org.partnerledger.query.history;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.SqlArrayValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Which events of the history a read asks for: of these types (any, when none), naming this partner, done by this
 * actor, from an instant (inclusive) to another (exclusive). Every condition is a bound parameter of SQL.
 *
 * @param types   published type names, e.g. {@code DecisionRecorded}; empty for every type
 * @param partner a partner's short id, as the events name partners ({@link HistoryPartners}), or {@code null}
 * @param actor   the subject of the actor's token, or {@code null}
 */
record HistoryFilter(List<String> types, String partner, String actor, Instant from, Instant to) {

    static final HistoryFilter NONE = new HistoryFilter(List.of(), null, null, null, null);
    private static final int MOST_TYPES = 50;
    private static final int LONGEST_VALUE = 200;

    /** From request parameters: types repeated or separated by commas, instants in ISO-8601 with an offset. */
    static HistoryFilter of(List<String> type, String partner, String actor, String from, String to) {
        List<String> types = type == null ? List.of() : type.stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).distinct().toList();
        if (types.size() > MOST_TYPES) {
            throw HistoryRejection.invalidParameter("Ask for at most %d types.".formatted(MOST_TYPES));
        }
        types.forEach(value -> bounded("type", value));
        return new HistoryFilter(types, bounded("partner", blankAsNull(partner)),
                bounded("actor", blankAsNull(actor)), instant("from", from), instant("to", to));
    }

    /** The conditions on the events' table, by its alias, each with its parameter. */
    String conditions(String alias, MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder();
        if (!types.isEmpty()) {
            sql.append(" and ").append(alias).append(".type = any(:types)");
            parameters.addValue("types", new SqlArrayValue("text", types.toArray()));
        }
        if (partner != null) {
            sql.append(" and ").append(alias).append(".partners @> array[cast(:partner as text)]");
            parameters.addValue("partner", partner);
        }
        if (actor != null) {
            sql.append(" and ").append(alias).append(".actor = :actor");
            parameters.addValue("actor", actor);
        }
        if (from != null) {
            sql.append(" and ").append(alias).append(".occurred_at >= :from");
            parameters.addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" and ").append(alias).append(".occurred_at < :to");
            parameters.addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        return sql.toString();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String bounded(String name, String value) {
        if (value != null && value.length() > LONGEST_VALUE) {
            throw HistoryRejection.invalidParameter("%s is longer than %d characters.".formatted(name, LONGEST_VALUE));
        }
        return value;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw HistoryRejection.invalidParameter(
                    "%s must be an instant such as 2027-01-05T15:00:00Z.".formatted(name));
        }
    }
}
