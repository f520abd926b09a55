package org.partnerledger.query.ledger;

import org.partnerledger.query.Readers;
import org.partnerledger.web.security.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The partnerships the reader stands in (joined in SQL from the access read model), listed from the columns beside
 * each ledger: the first list, and the portfolio's pages, sorted and paged with the total in the same statement and
 * their ledgers as reads keep them ({@link LiveLedgers}).
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
        jdbc.query(sql, Readers.parameters(organisationId, role)
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

    /** Every partnership the reader stands in, most recently active first, as the first list showed them. */
    List<PartnershipListItemView> list(String organisationId, Role role) {
        return jdbc.query("""
                        select s.partnership_id, s.name, s.coordinator, s.version, s.last_event_at
                          from ledger_state s
                         where s.partnership_id in %s
                         order by s.last_event_at desc, s.partnership_id""".formatted(Readers.PARTNERSHIPS),
                Readers.parameters(organisationId, role), (rs, row) -> new PartnershipListItemView(
                        rs.getObject("partnership_id", UUID.class), rs.getString("name"), rs.getString("coordinator"),
                        rs.getLong("version"), rs.getObject("last_event_at", OffsetDateTime.class).toInstant()));
    }

    /** A page past the last holds no row to carry the total. */
    private long count(String organisationId, Role role) {
        return jdbc.queryForObject("select count(*) from ledger_state s where s.partnership_id in "
                + Readers.PARTNERSHIPS, Readers.parameters(organisationId, role), Long.class);
    }

}
