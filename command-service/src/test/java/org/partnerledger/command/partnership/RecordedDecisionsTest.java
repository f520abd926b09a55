package org.partnerledger.command.partnership;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RealInfrastructure;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The recorded items table against real PostgreSQL: V4's migration of V3's decisions, and what the events write. */
class RecordedDecisionsTest {

    private static JdbcClient jdbc;
    private static RecordedDecisions recorded;

    private final String partnership = UUID.randomUUID().toString();

    @BeforeAll
    static void migrate() {
        DataSource database = RealInfrastructure.freshDatabase();
        Flyway.configure().dataSource(database).load().migrate();
        jdbc = JdbcClient.create(database);
        recorded = new RecordedDecisions(jdbc);
    }

    @Test
    void givenADecisionRecordedBeforeV4WhenMigratedThenItIsStillRecordedAndNotSuperseded() {
        DataSource database = RealInfrastructure.freshDatabase();
        Flyway.configure().dataSource(database).target("3").load().migrate();
        JdbcClient older = JdbcClient.create(database);
        String decision = UUID.randomUUID().toString();
        older.sql("INSERT INTO partnership_decision (partnership_id, decision_id) VALUES (?, ?)")
                .params(partnership, decision).update();

        Flyway.configure().dataSource(database).load().migrate();

        RecordedDecisions migrated = new RecordedDecisions(older);
        assertThat(migrated.recorded(partnership, decision)).isTrue();
        assertThat(migrated.supersededBy(partnership, decision)).isEmpty();
    }

    @Test
    void aSupersededDecisionNamesTheDecisionThatSupersededIt() {
        String earlier = decide();
        String later = decide();

        recorded.on(new DecisionSupersededEvent(partnership, earlier, later));

        assertThat(recorded.supersededBy(partnership, earlier)).contains(later);
        assertThat(recorded.supersededBy(partnership, later)).isEmpty();
        assertThat(recorded.recorded(partnership, earlier)).isTrue();
    }

    @Test
    void completedAndCancelledActionsAreClosedButAreNoDecisions() {
        String completed = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();

        recorded.on(new ActionCompletedEvent(partnership, completed, "Done", LocalDate.of(2026, 11, 24)));
        recorded.on(new ActionCancelledEvent(partnership, cancelled, "Dropped"));

        assertThat(recorded.closed(partnership, completed)).isTrue();
        assertThat(recorded.closed(partnership, cancelled)).isTrue();
        assertThat(recorded.closed(partnership, UUID.randomUUID().toString())).isFalse();
        assertThat(recorded.recorded(partnership, completed)).isFalse();
    }

    @Test
    void aDecisionIsNoClosedAction() {
        String decision = decide();

        assertThat(recorded.closed(partnership, decision)).isFalse();
    }

    @Test
    void theDecisionsViewStillTakesRowsOfTheEarlierShape() {
        String decision = UUID.randomUUID().toString();

        jdbc.sql("INSERT INTO partnership_decision (partnership_id, decision_id) VALUES (?, ?)")
                .params(partnership, decision).update();

        assertThat(recorded.recorded(partnership, decision)).isTrue();
    }

    private String decide() {
        String decision = UUID.randomUUID().toString();
        recorded.on(new DecisionRecordedEvent(partnership, decision, "Meet", "Why", List.of("abc"), null, null, null,
                List.of()));
        return decision;
    }
}
