package org.partnerledger.command.partnership.agreement;

/** What a review of an agreement concluded: it still fits as it is, or it was amended. */
enum ReviewOutcome {
    CONFIRMED, AMENDED
}
