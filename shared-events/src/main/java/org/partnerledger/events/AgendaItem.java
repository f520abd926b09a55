package org.partnerledger.events;

/**
 * An item of a meeting's agenda, circulated in advance with its objective and the time it may take.
 *
 * @param topic          what is to be discussed, in a line
 * @param objective      what the item is meant to achieve
 * @param timeBoxMinutes the minutes agreed for it, 1 to 480
 */
public record AgendaItem(String topic, String objective, int timeBoxMinutes) {
}
