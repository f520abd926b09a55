package org.partnerledger.events;

/**
 * A question of a review instrument that partners rate from 1 to 5.
 *
 * @param key      the item's key, unique within its instrument, e.g. {@code communication-channels}
 * @param question the question as partners read it
 */
public record ReviewItem(String key, String question) {
}
