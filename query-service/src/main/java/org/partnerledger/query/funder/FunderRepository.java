package org.partnerledger.query.funder;

import org.partnerledger.query.Readers;
import org.partnerledger.query.projection.StoredState;
import org.partnerledger.web.security.Capacity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each partnership's {@link FunderRecord} as JSON. Written only after the projection moved the streams on ({@code funder_stream})
 * from the versions they were read at, so a batch a second consumer got ahead of fails before it writes.
 */
@Repository
class FunderRepository {

    private static final String UPSERT = """
            insert into funder_record (partnership_id, state) values (:id, :state)
            on conflict (partnership_id) do update set state = excluded.state""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;

    FunderRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    Map<UUID, FunderRecord> load(Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        return client.sql("""
                        select partnership_id, state
                          from funder_record where partnership_id = any(:ids)""")
                .param("ids", new SqlArrayValue("uuid", partnershipIds.toArray()))
                .query((row, number) -> Map.entry(row.getObject("partnership_id", UUID.class),
                        read(row.getString("state"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The partnerships whose grants name the organisation as their funder, by name. */
    List<FundedPartnershipView> funded(String organisationId) {
        // Only the two fields listed, not the whole record parsed.
        return client.sql("""
                        select partnership_id, state::json ->> 'name' as name,
                               (state::json ->> 'version')::bigint as version
                          from funder_record where partnership_id in %s""".formatted(Readers.PARTNERSHIPS))
                .params(Readers.parameters(organisationId, EnumSet.of(Capacity.FUNDER)).getValues())
                .query((row, number) -> new FundedPartnershipView(row.getObject("partnership_id", UUID.class),
                        row.getString("name"), row.getLong("version")))
                .list().stream()
                .sorted(Comparator.comparing(FundedPartnershipView::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(FundedPartnershipView::partnershipId))
                .toList();
    }

    Optional<FunderRecord> find(UUID partnershipId) {
        return client.sql("select state from funder_record where partnership_id = :id")
                .param("id", partnershipId).query(String.class).optional().map(FunderRepository::read);
    }

    void save(List<FunderRecord> records) {
        if (!records.isEmpty()) {
            jdbc.batchUpdate(UPSERT, records.stream().map(record -> new MapSqlParameterSource()
                    .addValue("id", UUID.fromString(record.partnershipId))
                    .addValue("state", write(record))).toArray(SqlParameterSource[]::new));
        }
    }

    static String write(FunderRecord record) {
        return StoredState.write(record);
    }

    static FunderRecord read(String json) {
        return StoredState.read(json, FunderRecord.class);
    }
}
