package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionRescheduledEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** The action register: every action's roles and where it stands on the day asked. */
class ActionRegisterTest {

    private static final String ACTION = "a1000000-0000-4000-8000-000000000001";
    private static final String OTHER = "a1000000-0000-4000-8000-000000000002";

    @Test
    void anActionPastItsDueDateIsOverdueAndOneDoneByItIsOnTime() {
        Histories history = Histories.formed()
                .add(assigned(ACTION, LocalDate.of(2025, 1, 10)))
                .add(assigned(OTHER, LocalDate.of(2025, 1, 10)))
                .add(new ActionCompletedEvent(PARTNERSHIP, OTHER, "Signed", LocalDate.of(2025, 1, 9)));

        List<ActionRegisterView.Action> actions = register(history, "2025-01-12T00:00:00Z").actions();

        assertThat(actions).extracting(ActionRegisterView.Action::status).containsExactly("OVERDUE", "COMPLETED");
        assertThat(actions.get(1).onTime()).isTrue();
    }

    @Test
    void aRescheduledActionKeepsTheDueDateItWasFirstGiven() {
        Histories history = Histories.formed().add(assigned(ACTION, LocalDate.of(2025, 1, 10)))
                .add(new ActionRescheduledEvent(PARTNERSHIP, ACTION, LocalDate.of(2025, 2, 10),
                        LocalDate.of(2025, 1, 10), "Later"));

        ActionRegisterView.Action action = register(history, "2025-01-12T00:00:00Z").actions().get(0);

        assertThat(action.firstDueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(action.status()).isEqualTo("OPEN");
    }

    private static ActionRegisterView register(Histories history, String instant) {
        return ActionRegisterView.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()),
                Instant.parse(instant), false);
    }

    private static ActionAssignedEvent assigned(String id, LocalDate due) {
        return new ActionAssignedEvent(PARTNERSHIP, id, "Draft the MOU", "abc", "rcsd", List.of("county"),
                List.of(), due, null);
    }
}
