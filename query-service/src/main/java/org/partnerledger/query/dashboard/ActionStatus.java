package org.partnerledger.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an action stands. Derived when read rather than stored, because an action falls overdue by the passing of
 * time and no event says so.
 */
public enum ActionStatus {
    OPEN, OVERDUE, COMPLETED, CANCELLED;

    /**
     * @param completedAt when the action was completed, {@code null} while it is not
     * @param cancelledAt when it was cancelled, {@code null} while it is not
     * @param today       the current date: an action due today is not yet overdue
     */
    static ActionStatus of(LocalDate dueDate, Instant completedAt, Instant cancelledAt, LocalDate today) {
        if (completedAt != null) {
            return COMPLETED;
        }
        if (cancelledAt != null) {
            return CANCELLED;
        }
        return dueDate.isBefore(today) ? OVERDUE : OPEN;
    }
}
