package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record CancelMeetingCommand(@TargetAggregateIdentifier String partnershipId,
                            @TargetAggregateVersion Long expectedVersion,
                            String meetingId, String reason) {
}
