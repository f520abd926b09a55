package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

record RescheduleMeetingCommand(@TargetAggregateIdentifier String partnershipId,
                                @TargetAggregateVersion Long expectedVersion,
                                String meetingId, Instant scheduledAt, String reason) {
}
