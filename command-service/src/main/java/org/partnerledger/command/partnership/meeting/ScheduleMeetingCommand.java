package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.events.AgendaItem;

import java.time.Instant;
import java.util.List;

record ScheduleMeetingCommand(@TargetAggregateIdentifier String partnershipId,
                              @TargetAggregateVersion Long expectedVersion,
                              String meetingId, String title, Instant scheduledAt, List<AgendaItem> agenda) {
}
