package org.partnerledger.events;

import java.util.List;

/**
 * A factor of a review category: the items that together assess it.
 *
 * @param key   the factor's key, unique within its instrument
 * @param name  its name
 * @param items its items, at least one
 */
public record ReviewFactor(String key, String name, List<ReviewItem> items) {
}
