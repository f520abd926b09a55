package org.partnerledger.events;

/**
 * What partners do after deciding: they supersede decisions, follow their action items through to completion or
 * cancellation, work conflicts up the agreed resolution ladder, and learn from what is working and what is not.
 */
public sealed interface FollowThroughEvent extends PartnershipEvent
        permits DecisionSupersededEvent, ActionCompletedEvent, ActionReassignedEvent, ActionRescheduledEvent,
                ActionCancelledEvent, ConflictLadderAgreedEvent, ConflictEscalatedEvent, ConflictResolvedEvent,
                ConflictReopenedEvent, LessonRecordedEvent {
}
