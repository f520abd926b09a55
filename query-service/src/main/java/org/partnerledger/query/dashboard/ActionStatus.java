package org.partnerledger.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an action stands. Derived when read rather than stored, because an action falls overdue by the passing of
 * time and no event says so.
 */
public enum ActionStatus {
    OPEN, OVERDUE, COMPLETED;

    /**
     * @param completedAt when the action was completed, {@code null} while it is not
     * @param today       the current date: an action due today is not yet overdue
     */
    static ActionStatus of(LocalDate dueDate, Instant completedAt, LocalDate today) {
        if (completedAt != null) {
            return COMPLETED;
        }
        return dueDate.isBefore(today) ? OVERDUE : OPEN;
    }
}
