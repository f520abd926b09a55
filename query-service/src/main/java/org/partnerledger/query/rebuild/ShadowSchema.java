package org.partnerledger.query.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SQL of a rebuild, on the service's own pool: positions in the live ({@code public}) and the shadow schema,
 * the comparison of their tables, and the switch. Identifiers are this class's constants and the catalog's table
 * names, never input.
 */
@Component
class ShadowSchema {

    private static final Logger log = LoggerFactory.getLogger(ShadowSchema.class);
    static final String LIVE = "public";
    static final String SHADOW = "rebuild";
    /** Tables the topic does not feed: carried over from the live schema at the switch rather than rebuilt. */
    static final List<String> CARRIED_OVER = List.of("audit_log", "person_profile");
    private static final List<String> NOT_COMPARED = List.of("flyway_schema_history", "audit_log", "person_profile");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ShadowSchema(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A shadow left by a rebuild that failed or by a service that stopped during one. */
    void dropShadow() {
        jdbc.sql("drop schema if exists " + SHADOW + " cascade").update();
    }

    void drop(String schema) {
        unbounded(() -> jdbc.sql("drop schema if exists " + schema + " cascade").update());
    }

    /** Each read model's events in the schema: its positions summed; a read model with no rows yet counts as 0. */
    Map<String, Long> events(String schema) {
        Map<String, Long> events = new LinkedHashMap<>();
        if (!hasPositions(schema)) {
            return events;
        }
        jdbc.sql("select read_model, sum(version + 1) from " + schema + ".read_model_positions group by read_model")
                .query((row, number) -> Map.entry(row.getString(1), row.getLong(2)))
                .list()
                .forEach(entry -> events.put(entry.getKey(), entry.getValue()));
        return events;
    }

    /** The read models the live view names, each with 0 until the shadow has rows of it. */
    Map<String, Long> shadowEvents() {
        Map<String, Long> events = new LinkedHashMap<>();
        jdbc.sql("select distinct read_model from " + LIVE + ".read_model_positions order by 1")
                .query(String.class).list()
                .forEach(readModel -> events.put(readModel, 0L));
        events.putAll(events(SHADOW));
        return events;
    }

    /** Whether every position of the live read models is reached by the shadow's. */
    boolean caughtUp() {
        return hasPositions(SHADOW) && jdbc.sql("""
                        select count(*) from public.read_model_positions live
                          left join rebuild.read_model_positions shadow using (read_model, partnership_id)
                         where shadow.version is null or shadow.version < live.version""")
                .query(Long.class).single() == 0;
    }

    /**
     * Per read-model table, the rows of one schema missing from the other, both ways; the partnerships at which
     * the shadow went beyond the paused live read models are left out, being ahead rather than different.
     */
    Map<String, Long> differingRows() {
        return unbounded(() -> {
            Map<String, Long> differing = new LinkedHashMap<>();
            for (String table : readModelTables()) {
                long rows;
                differing.put(table, rows = jdbc.sql("""
                                with ahead as (
                                    select partnership_id::text as id
                                      from public.read_model_positions live
                                      full join rebuild.read_model_positions shadow using (read_model, partnership_id)
                                     where live.version is distinct from shadow.version),
                                live as (select * from public.%1$s
                                          where partnership_id::text not in (select id from ahead)),
                                shadow as (select * from rebuild.%1$s
                                            where partnership_id::text not in (select id from ahead))
                                select (select count(*) from (select * from live except all select * from shadow) l)
                                     + (select count(*) from (select * from shadow except all select * from live) s)"""
                                .formatted(table))
                        .query(Long.class).single());
                if (rows > 0) {
                    logSomeDifferences(table);
                }
            }
            return differing;
        });
    }

    /**
     * In one transaction: the carried-over tables copied (with the audit log's sequence), the live schema renamed
     * to {@code retired}, the shadow to {@code public}. Requests block on the carried-over tables meanwhile.
     */
    void switchTo(String retired) {
        unbounded(() -> {
            jdbc.sql("lock table " + String.join(", ", CARRIED_OVER.stream().map(t -> LIVE + "." + t).toList())
                    + " in exclusive mode").update();
            for (String table : CARRIED_OVER) {
                jdbc.sql("insert into %s.%s select * from %s.%s".formatted(SHADOW, table, LIVE, table)).update();
            }
            jdbc.sql("""
                    select setval(pg_get_serial_sequence('rebuild.audit_log', 'id'),
                                  (select coalesce(max(id), 0) + 1 from rebuild.audit_log), false)""")
                    .query(Long.class).single();
            jdbc.sql("alter schema " + LIVE + " rename to " + retired).update();
            jdbc.sql("alter schema " + SHADOW + " rename to " + LIVE).update();
            return null;
        });
    }

    /** A few of the rows that differ, for the operator to see whose partnership and which columns. */
    private void logSomeDifferences(String table) {
        jdbc.sql("""
                        (select 'live' as side, to_jsonb(l)::text as row
                           from (select * from public.%1$s except all select * from rebuild.%1$s) l limit 3)
                        union all
                        (select 'rebuilt', to_jsonb(s)::text
                           from (select * from rebuild.%1$s except all select * from public.%1$s) s limit 3)"""
                        .formatted(table))
                .query((row, number) -> row.getString(1) + ": " + row.getString(2))
                .list()
                .forEach(row -> log.warn("{} differs, {}", table, row.length() > 2000 ? row.substring(0, 2000) : row));
    }

    private List<String> readModelTables() {
        return jdbc.sql("""
                        select table_name from information_schema.tables
                         where table_schema = :schema and table_type = 'BASE TABLE' order by table_name""")
                .param("schema", SHADOW)
                .query(String.class).list().stream()
                .filter(table -> !NOT_COMPARED.contains(table))
                .toList();
    }

    private boolean hasPositions(String schema) {
        return jdbc.sql("select to_regclass(:view) is not null")
                .param("view", schema + ".read_model_positions")
                .query(Boolean.class).single();
    }

    /** Comparing and copying whole tables may take longer than the pool's statement timeout allows a request. */
    private <T> T unbounded(Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("set local statement_timeout = 0").update();
            return work.get();
        });
    }
}
