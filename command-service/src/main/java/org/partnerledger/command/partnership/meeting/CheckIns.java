package org.partnerledger.command.partnership.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.CheckInRecordedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;

/**
 * The partners' informal check-ins beyond formal meetings. Recording one consults nothing the partnership holds
 * beyond its partners, so this part keeps no state.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CheckIns {

    /** A day is in the future only once it has begun nowhere on Earth, so today's check-in is taken everywhere. */
    private static final ZoneOffset FIRST_ZONE_ON_EARTH = ZoneOffset.ofHours(14);

    public CheckIns() {
        // for Jackson's snapshots
    }

    @CommandHandler
    CommandResult handle(RecordCheckInCommand command, Clock clock) {
        MinutesRules.requireDistinct(command.partners());
        if (new HashSet<>(command.partners()).size() < 2) {
            throw MeetingRejection.checkInNeedsTwoPartners();
        }
        if (command.occurredOn().isAfter(LocalDate.now(clock.withZone(FIRST_ZONE_ON_EARTH)))) {
            throw MeetingRejection.checkInInFuture(command.occurredOn());
        }
        AggregateLifecycle.apply(new CheckInRecordedEvent(command.partnershipId(), command.checkInId(),
                command.partners(), command.occurredOn(), command.channel().name(), command.note()));
        return new CommandResult(command.checkInId(), AggregateLifecycle.getVersion());
    }
}
