package org.partnerledger.events;

/**
 * The guide's "Continuous Evaluation and Adaptation": the instrument by which partners review their partnership,
 * and the review rounds in which they rate it.
 */
public sealed interface ReviewEvent extends PartnershipEvent
        permits ReviewInstrumentAdoptedEvent, ReviewRoundOpenedEvent, ReviewRatingsSubmittedEvent,
                ReviewRoundClosedEvent {
}
