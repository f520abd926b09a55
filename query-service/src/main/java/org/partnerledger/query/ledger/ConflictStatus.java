package org.partnerledger.query.ledger;

/** Where a conflict stands in the partnership's conflict process. */
public enum ConflictStatus {
    OPEN, RESOLVED
}
