package org.partnerledger.query.ledger;

/**
 * Where an action stands ({@link Figures#status}). Derived when read rather than stored, because an action falls
 * overdue by the passing of time and no event says so.
 */
public enum ActionStatus {
    OPEN, OVERDUE, COMPLETED, CANCELLED
}
