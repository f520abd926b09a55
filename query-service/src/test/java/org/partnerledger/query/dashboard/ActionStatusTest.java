package org.partnerledger.query.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ActionStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void anActionDueTodayIsStillOpen() {
        assertThat(ActionStatus.of(TODAY, null, null, TODAY)).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void anActionDueBeforeTodayAndNotCompletedIsOverdue() {
        assertThat(ActionStatus.of(TODAY.minusDays(1), null, null, TODAY)).isEqualTo(ActionStatus.OVERDUE);
    }

    @Test
    void aCompletedActionIsCompletedEvenPastItsDueDate() {
        assertThat(ActionStatus.of(TODAY.minusDays(30), Instant.parse("2026-03-01T12:00:00Z"), null, TODAY))
                .isEqualTo(ActionStatus.COMPLETED);
    }
}
