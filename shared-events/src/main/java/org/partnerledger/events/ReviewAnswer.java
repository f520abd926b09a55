package org.partnerledger.events;

/**
 * A partner's rating of one item of a review round's instrument.
 *
 * @param itemKey the item rated
 * @param score   from 1 (not at all) to 5 (fully)
 * @param comment what the partner added, or {@code null}
 */
public record ReviewAnswer(String itemKey, int score, @Nullable String comment) {
}
