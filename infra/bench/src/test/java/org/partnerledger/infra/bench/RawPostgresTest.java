package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RawPostgresTest {

    /** The raw baseline table is created from the event store's own migration, so it cannot drift from it. */
    @Test
    void theRawTableIsTheEventStoreTableAsItsMigrationDefinesIt() throws Exception {
        Path migration = Path.of("../../command-service/src/main/resources/db/migration/V1__event_store.sql");
        RawPostgres raw = new RawPostgres(new Database("jdbc:postgresql://localhost:1/x", "u", ""), migration,
                Sizes.smoke(), new Report());

        String table = raw.tableDefinition();

        assertThat(table).startsWith("CREATE TABLE domain_event_entry").endsWith(");")
                .contains("global_index         BIGSERIAL    PRIMARY KEY",
                        "UNIQUE (aggregate_identifier, sequence_number)")
                .doesNotContain("snapshot_event_entry");
    }

    @Test
    void siblingDatabasesKeepServerAndParameters() {
        Database database = new Database("jdbc:postgresql://localhost:5433/partnerledger_command?ssl=false", "u", "");

        assertThat(database.sibling("bench_raw").url())
                .isEqualTo("jdbc:postgresql://localhost:5433/bench_raw?ssl=false");
        assertThat(database.with("reWriteBatchedInserts=true").url()).isEqualTo(
                "jdbc:postgresql://localhost:5433/partnerledger_command?ssl=false&reWriteBatchedInserts=true");
    }
}
