package org.partnerledger.events;

/**
 * A partner organisation as named within one partnership.
 *
 * @param id   the short id the client chose, {@code [a-z0-9-]{2,40}}, unique within the partnership
 * @param name the organisation's display name
 */
public record Partner(String id, String name) {
}
