package org.partnerledger.infra.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query side's read models as its view {@code read_model_positions} lists them: their names are read from the
 * view's own definition (each branch of its union names its read model as a literal), so a read model added to the
 * view is waited for here too, and one that has not applied a single event yet counts as having applied none
 * rather than dropping out of a {@code GROUP BY}.
 */
final class ReadModels {

    private static final Pattern LITERAL = Pattern.compile("'([a-z0-9_]+)'::text");

    private final Database database;
    private final List<String> names;

    private ReadModels(Database database, List<String> names) {
        this.database = database;
        this.names = names;
    }

    /** Reads the read models' names from the view; fails while the view does not exist yet. */
    static ReadModels of(Database database) throws SQLException {
        return new ReadModels(database, names(database.queryString(
                "SELECT pg_get_viewdef('read_model_positions'::regclass, true)")));
    }

    /** The read models a definition of the view names, in its order. */
    static List<String> names(String viewDefinition) {
        List<String> names = new ArrayList<>();
        Matcher matcher = LITERAL.matcher(viewDefinition);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("read_model_positions names no read model: " + viewDefinition);
        }
        return List.copyOf(names);
    }

    List<String> names() {
        return names;
    }

    /** Events applied by the slowest read model over all partnerships (a read model without rows: 0). */
    long appliedBySlowest() throws SQLException {
        return database.queryLong("SELECT coalesce(min(coalesce(p.applied, 0)), 0)" + appliedByModel());
    }

    /** Events applied by each read model, as "name count" pairs: which one the slowest is. */
    String appliedByEach() throws SQLException {
        return database.queryString("SELECT string_agg(m.read_model || ' ' || coalesce(p.applied, 0), ', '"
                + " ORDER BY m.read_model)" + appliedByModel());
    }

    /** Every read model named, beside the events it applied (none when it has no rows yet). */
    private String appliedByModel() {
        return """
                 FROM unnest(%s) AS m(read_model)
                  LEFT JOIN (SELECT read_model, sum(version + 1) AS applied FROM read_model_positions
                              GROUP BY read_model) p USING (read_model)""".formatted(array());
    }

    /** The version of the partnership in the read model furthest behind (-1 when one has none of it yet). */
    long slowestVersion(String partnershipId) throws SQLException {
        return database.queryLong("""
                SELECT coalesce(min(coalesce(p.version, -1)), -1)
                  FROM unnest(%s) AS m(read_model)
                  LEFT JOIN (SELECT read_model, version FROM read_model_positions
                              WHERE partnership_id = '%s') p USING (read_model)"""
                .formatted(array(), UUID.fromString(partnershipId)));
    }

    private String array() {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
    }
}
