package org.partnerledger.query.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action with its RACI roles; {@code decisionId} is {@code null} for an action that carries out no decision. */
public record ActionView(UUID actionId, String title, String responsible, String accountable, List<String> consulted,
                         List<String> informed, LocalDate dueDate, UUID decisionId, ActionStatus status) {
}
