package org.partnerledger.events;

/**
 * An event in the life of one partnership. Every event names its partnership, which is also its stream, its Kafka key
 * and the unit of ordering. Events are grouped by the practice of the guide they record, one sealed interface each,
 * so that a fold can be checked for completeness one practice at a time.
 */
public sealed interface PartnershipEvent
        permits PartnershipFormedEvent, DecisionRecordedEvent, ActionAssignedEvent, ConflictLoggedEvent,
                VisionRevisedEvent,
                FollowThroughEvent,
                GovernanceEvent,
                MeetingEvent,
                MetricEvent,
                StoryEvent,
                ReviewEvent {

    /** The partnership's id (a UUID): the aggregate, stream and Kafka key. */
    String partnershipId();
}
