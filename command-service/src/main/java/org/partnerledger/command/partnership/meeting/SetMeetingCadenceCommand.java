package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record SetMeetingCadenceCommand(@TargetAggregateIdentifier String partnershipId,
                                @TargetAggregateVersion Long expectedVersion,
                                MeetingCadence cadence) {
}
