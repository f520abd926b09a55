package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A review round was opened: partners may rate the items of the instrument it names until it is closed.
 *
 * @param partnershipId     the partnership
 * @param roundId           the round's id (a UUID issued by the server)
 * @param title             the round's title, e.g. "Spring 2027 review"
 * @param closesOn          the day partners are asked to have rated by
 * @param instrumentId      the id of the instrument it uses
 * @param instrumentVersion that instrument's version
 */
@Revision("1")
public record ReviewRoundOpenedEvent(
        @Uuid String partnershipId,
        @Uuid String roundId,
        String title,
        LocalDate closesOn,
        String instrumentId,
        String instrumentVersion) implements ReviewEvent {
}
