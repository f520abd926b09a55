package org.partnerledger.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action with its RACI roles; {@code decisionId} is {@code null} for an action that carries out no decision. */
public record ActionView(UUID actionId, String title, String responsible, String accountable, List<String> consulted,
                         List<String> informed, LocalDate dueDate, UUID decisionId, ActionStatus status) {

    static List<ActionView> of(Ledger ledger, Instant now) {
        Figures figures = new Figures(ledger, now);
        return ledger.actions.entrySet().stream().map(entry -> {
            Ledger.ActionEntry action = entry.getValue();
            return new ActionView(UUID.fromString(entry.getKey()), action.title, action.responsible,
                    action.accountable, action.consulted, action.informed, action.dueDate,
                    action.decisionId == null ? null : UUID.fromString(action.decisionId), figures.status(action));
        }).toList();
    }
}
