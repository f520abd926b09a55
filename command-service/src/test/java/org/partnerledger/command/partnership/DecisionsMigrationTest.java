package org.partnerledger.command.partnership;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RealInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionsMigrationTest {

    @Test
    void givenAStoreFromBeforeTheDecisionsTableWhenMigratedThenItsDecisionsAreKnown() {
        DataSource database = RealInfrastructure.freshDatabase();
        Flyway.configure().dataSource(database).target("2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        String partnership = UUID.randomUUID().toString();
        String decision = UUID.randomUUID().toString();
        store(jdbc, partnership, 0, "org.partnerledger.events.PartnershipFormedEvent",
                "{\"partnershipId\": \"%s\"}".formatted(partnership));
        store(jdbc, partnership, 1, "org.partnerledger.events.DecisionRecordedEvent",
                "{\"partnershipId\": \"%s\", \"decisionId\": \"%s\", \"title\": \"Meet\"}".formatted(partnership, decision));

        Flyway.configure().dataSource(database).load().migrate();

        assertThat(new RecordedDecisions(jdbc).recorded(partnership, decision)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM partnership_decision").query(Long.class).single()).isOne();
    }

    private static void store(JdbcClient jdbc, String partnership, long sequence, String type, String json) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                        payload, payload_type, time_stamp)
                        VALUES (?, ?, 'Partnership', ?, convert_to(?, 'UTF8'), ?, '2026-01-01T00:00:00Z')""")
                .params(partnership, sequence, UUID.randomUUID().toString(), json, type)
                .update();
    }
}
