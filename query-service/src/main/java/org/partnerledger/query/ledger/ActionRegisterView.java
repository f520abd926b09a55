package org.partnerledger.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every action assigned, with its RACI roles and where it stands on the day asked ({@code docs/figures.md}). */
public record ActionRegisterView(UUID partnershipId, long version, Instant asOf, boolean stale,
                                 List<Action> actions) {

    /**
     * @param firstDueDate the due date it was first given; {@code dueDate} is the one agreed last
     * @param status       {@code OPEN}, {@code OVERDUE}, {@code COMPLETED} or {@code CANCELLED}
     * @param onTime       for a completed action, whether it was completed by its due date; {@code null} otherwise
     */
    public record Action(String actionId, String title, String responsible, String accountable,
                         List<String> consulted, List<String> informed, LocalDate dueDate, LocalDate firstDueDate,
                         String decisionId, Instant assignedAt, String status, LocalDate completedOn,
                         Instant cancelledAt, Boolean onTime) {
    }

    static ActionRegisterView of(Ledger ledger, Instant asOf, boolean stale) {
        Figures figures = new Figures(ledger, asOf);
        return new ActionRegisterView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.actions.entrySet().stream().map(entry -> action(entry.getKey(), entry.getValue(), figures))
                        .toList());
    }

    private static Action action(String id, Ledger.ActionEntry action, Figures figures) {
        return new Action(id, action.title, action.responsible, action.accountable, action.consulted,
                action.informed, action.dueDate, action.firstDueDate, action.decisionId, action.assignedAt,
                figures.status(action).name(), action.completedOn, action.cancelledAt,
                action.completedOn == null ? null : !action.completedOn.isAfter(action.dueDate));
    }
}
