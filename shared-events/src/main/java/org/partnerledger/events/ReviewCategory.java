package org.partnerledger.events;

import java.util.List;

/**
 * A category of a review instrument, e.g. one practice of the guide.
 *
 * @param key     the category's key, unique within its instrument
 * @param name    its name
 * @param factors its factors, at least one
 */
public record ReviewCategory(String key, String name, List<ReviewFactor> factors) {
}
