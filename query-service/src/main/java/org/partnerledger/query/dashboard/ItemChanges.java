package org.partnerledger.query.dashboard;

import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionReassignedEvent;
import org.partnerledger.events.ActionRescheduledEvent;
import org.partnerledger.events.ConflictReopenedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.query.projection.EventEnvelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What a batch of events changes in the dashboard's action and conflict rows, folded in memory by a pure function:
 * one change per item however many of its events the batch holds, the later event winning, so the rows are
 * written once each and in one statement per table.
 *
 * @param actions   per action, its columns as the batch leaves them ({@code null}: unchanged)
 * @param conflicts per conflict, when it was resolved as the batch leaves it ({@code null}: open again)
 */
record ItemChanges(Map<UUID, ActionChange> actions, Map<UUID, ConflictChange> conflicts) {

    /** An action's changed columns; {@code null} leaves a column as it is. */
    record ActionChange(String responsible, String accountable, LocalDate dueDate, Instant completedAt,
                        Instant cancelledAt) {

        private static final ActionChange NONE = new ActionChange(null, null, null, null, null);
    }

    /** @param resolvedAt when the conflict was resolved, {@code null} when the batch leaves it open */
    record ConflictChange(Instant resolvedAt) {
    }

    static ItemChanges fold(List<EventEnvelope> envelopes) {
        Map<UUID, ActionChange> actions = new LinkedHashMap<>();
        Map<UUID, ConflictChange> conflicts = new LinkedHashMap<>();
        for (EventEnvelope envelope : envelopes) {
            Instant at = envelope.occurredAt();
            if (envelope.event() instanceof ActionCompletedEvent completed) {
                change(actions, completed.actionId(), before -> new ActionChange(before.responsible(),
                        before.accountable(), before.dueDate(), at, before.cancelledAt()));
            } else if (envelope.event() instanceof ActionCancelledEvent cancelled) {
                change(actions, cancelled.actionId(), before -> new ActionChange(before.responsible(),
                        before.accountable(), before.dueDate(), before.completedAt(), at));
            } else if (envelope.event() instanceof ActionRescheduledEvent rescheduled) {
                change(actions, rescheduled.actionId(), before -> new ActionChange(before.responsible(),
                        before.accountable(), rescheduled.dueDate(), before.completedAt(), before.cancelledAt()));
            } else if (envelope.event() instanceof ActionReassignedEvent reassigned) {
                change(actions, reassigned.actionId(), before -> new ActionChange(reassigned.responsible(),
                        reassigned.accountable(), before.dueDate(), before.completedAt(), before.cancelledAt()));
            } else if (envelope.event() instanceof ConflictResolvedEvent resolved) {
                conflicts.put(UUID.fromString(resolved.conflictId()), new ConflictChange(at));
            } else if (envelope.event() instanceof ConflictReopenedEvent reopened) {
                conflicts.put(UUID.fromString(reopened.conflictId()), new ConflictChange(null));
            }
        }
        return new ItemChanges(actions, conflicts);
    }

    private static void change(Map<UUID, ActionChange> actions, String actionId,
                               UnaryOperator<ActionChange> change) {
        actions.merge(UUID.fromString(actionId), change.apply(ActionChange.NONE),
                (before, ignored) -> change.apply(before));
    }
}
