package org.partnerledger.query.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures {@code GET /api/admin/rebuild} reports, from the shadow's and the live read models' events. */
class RebuildProgressTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eventsDoneAreTheSlowestReadModelsAndTheTimeLeftFollowsTheRateSinceTheStart() {
        RebuildProgress progress = RebuildProgress.started(START)
                .counted(Map.of("ledger", 3_000L, "history", 2_000L), 10_000, START.plusSeconds(10));

        assertThat(progress.eventsDone()).isEqualTo(2_000);
        assertThat(progress.eventsTotal()).isEqualTo(10_000);
        assertThat(progress.eventsPerSecond()).isEqualTo(200.0);
        assertThat(progress.secondsLeft()).isEqualTo(40);
        assertThat(progress.readModels()).containsEntry("ledger", 3_000L);
    }

    @Test
    void beforeTheFirstEventThereIsNoTimeLeftToTell() {
        RebuildProgress progress = RebuildProgress.started(START)
                .counted(Map.of("ledger", 0L), 10_000, START.plusSeconds(3));

        assertThat(progress.secondsLeft()).isNull();
        assertThat(progress.state()).isEqualTo(RebuildState.REBUILDING);
    }

    @Test
    void aDoneRebuildKeepsItsCountsAndReportsTheTablesThatDiffered() {
        RebuildProgress done = RebuildProgress.started(START)
                .counted(Map.of("ledger", 5L), 5, START.plusSeconds(1))
                .in(RebuildState.SWITCHING)
                .done(Map.of("ledger_state", 0L), START.plusSeconds(2));

        assertThat(done.state()).isEqualTo(RebuildState.DONE);
        assertThat(done.eventsDone()).isEqualTo(5);
        assertThat(done.finishedAt()).isEqualTo(START.plusSeconds(2));
        assertThat(done.differingRows()).containsExactly(Map.entry("ledger_state", 0L));
        assertThat(done.state().running()).isFalse();
    }
}
