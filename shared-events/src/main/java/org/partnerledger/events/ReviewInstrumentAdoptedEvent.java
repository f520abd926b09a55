package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The partnership adopted a review instrument: review rounds opened from now on use it. Until a partnership adopts
 * one, its rounds use PartnerLedger's default instrument, {@code partnerledger-practices} version {@code 1}. The
 * event carries the whole instrument, so that a reader needs nothing else to show a round's questions.
 *
 * @param partnershipId the partnership
 * @param instrumentId  the instrument's id, e.g. {@code partnerledger-practices}
 * @param version       its version; an id and version name one instrument
 * @param categories    its categories, at least one
 */
@Revision("1")
public record ReviewInstrumentAdoptedEvent(
        @Uuid String partnershipId,
        String instrumentId,
        String version,
        List<ReviewCategory> categories) implements ReviewEvent {
}
