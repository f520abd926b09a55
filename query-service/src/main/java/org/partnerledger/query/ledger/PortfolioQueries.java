package org.partnerledger.query.ledger;

import org.partnerledger.query.Readers;
import org.partnerledger.web.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The portfolio's page of ledgers: the partnerships the reader stands in (joined in SQL from the access read
 * model), sorted and paged by the columns beside each ledger, with the total in the same statement; the ledgers
 * themselves as reads keep them ({@link LiveLedgers}).
 */
@Repository
class PortfolioQueries {

    /** The sort keys a client may name, and the columns they sort by. */
    static final Map<String, String> SORTS = Map.of("name", "lower(s.name)", "lastActivity", "s.last_event_at",
            "version", "s.version");

    private final NamedParameterJdbcTemplate jdbc;
    private final LiveLedgers ledgers;

    PortfolioQueries(NamedParameterJdbcTemplate jdbc, LiveLedgers ledgers) {
        this.jdbc = jdbc;
        this.ledgers = ledgers;
    }

    /** @param total set to how many partnerships the reader stands in */
    record Page(long total, List<Ledger> ledgers) {
    }

    Page page(String organisationId, Role role, String sort, boolean descending, int page, int size) {
        String direction = descending ? " desc" : " asc";
        String sql = """
                select s.partnership_id, s.version, count(*) over () as total
                  from ledger_state s
                 where s.partnership_id in %s
                 order by %s%s, s.partnership_id%s
                 limit :size offset :offset""".formatted(Readers.PARTNERSHIPS, SORTS.get(sort), direction,
                direction);
        LinkedHashMap<UUID, Long> versions = new LinkedHashMap<>();
        long[] total = {0};
        jdbc.query(sql, new MapSqlParameterSource()
                .addValue("organisation", organisationId)
                .addValue("capacities", new SqlArrayValue("text", (Object[]) Readers.capacityNames(role)))
                .addValue("size", size)
                .addValue("offset", (long) page * size), rs -> {
            total[0] = rs.getLong("total");
            versions.put(rs.getObject("partnership_id", UUID.class), rs.getLong("version"));
        });
        if (versions.isEmpty() && page > 0) {
            total[0] = count(organisationId, role);
        }
        return new Page(total[0], ledgers.at(versions));
    }

    /** A page past the last holds no row to carry the total. */
    private long count(String organisationId, Role role) {
        return jdbc.queryForObject("select count(*) from ledger_state s where s.partnership_id in "
                + Readers.PARTNERSHIPS, new MapSqlParameterSource()
                .addValue("organisation", organisationId)
                .addValue("capacities", new SqlArrayValue("text", (Object[]) Readers.capacityNames(role))),
                Long.class);
    }
}
