package org.partnerledger.events;

/**
 * What the minutes say about one item of the meeting's agenda.
 *
 * @param agendaItem    the item's index in the meeting's agenda, from 0
 * @param discussion    a concise summary of the discussion
 * @param actualMinutes the minutes it actually took, 0 to 1440, to hold against its time box
 */
public record MinutesItem(int agendaItem, String discussion, int actualMinutes) {
}
