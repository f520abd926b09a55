package org.partnerledger.command.partnership.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.command.partnership.meeting.Meeting.Status;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.MeetingCancelledEvent;
import org.partnerledger.events.MeetingRescheduledEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MinutesAmendedEvent;
import org.partnerledger.events.MinutesApprovedEvent;
import org.partnerledger.events.MinutesCorrectedEvent;
import org.partnerledger.events.MinutesRecordedEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The partnership's meetings: its cadence, the meetings it schedules with their agendas, and their minutes until
 * they are approved. The minutes' decisions and action items are published as the partnership's decisions and
 * actions; what becomes of them is not decided here.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Meetings {

    private MeetingCadence cadence;
    private final Map<String, Meeting> meetings = new HashMap<>();

    public Meetings() {
        // for Jackson's snapshots
    }

    @CommandHandler
    CommandResult handle(SetMeetingCadenceCommand command) {
        if (command.cadence() == cadence) {
            throw MeetingRejection.cadenceUnchanged(cadence);
        }
        apply(new MeetingCadenceSetEvent(command.partnershipId(), command.cadence().name()));
        return new CommandResult(null, version());
    }

    @CommandHandler
    CommandResult handle(ScheduleMeetingCommand command, Clock clock) {
        requireAhead(command.scheduledAt(), clock);
        apply(new MeetingScheduledEvent(command.partnershipId(), command.meetingId(), command.title(),
                command.scheduledAt(), command.agenda()));
        return new CommandResult(command.meetingId(), version());
    }

    @CommandHandler
    CommandResult handle(RescheduleMeetingCommand command, Clock clock) {
        requireWithoutMinutes(command.meetingId());
        requireAhead(command.scheduledAt(), clock);
        apply(new MeetingRescheduledEvent(command.partnershipId(), command.meetingId(), command.scheduledAt(),
                command.reason()));
        return new CommandResult(command.meetingId(), version());
    }

    @CommandHandler
    CommandResult handle(CancelMeetingCommand command) {
        requireWithoutMinutes(command.meetingId());
        apply(new MeetingCancelledEvent(command.partnershipId(), command.meetingId(), command.reason()));
        return new CommandResult(command.meetingId(), version());
    }

    @CommandHandler
    RecordedMinutes handle(RecordMinutesCommand command, Clock clock) {
        Meeting meeting = requireWithoutMinutes(command.meetingId());
        MinutesRules.requireHeld(command.meetingId(), meeting, clock);
        MinutesRules.requireValid(command, meeting, clock);
        apply(new MinutesRecordedEvent(command.partnershipId(), command.meetingId(), command.attendees(),
                command.summary(), command.items(), command.decisionIds(), command.actionIds()));
        MinutesRules.decisionsAndActions(command).forEach(AggregateLifecycle::apply);
        return new RecordedMinutes(command.meetingId(), command.decisionIds(), command.actionIds(), version());
    }

    @CommandHandler
    CommandResult handle(AmendMinutesCommand command) {
        Meeting meeting = requireDraftMinutes(command.meetingId());
        if (command.summary() == null && (command.items() == null || command.items().isEmpty())) {
            throw MeetingRejection.amendmentEmpty();
        }
        if (!meeting.attendees().contains(command.amendedBy())) {
            throw MeetingRejection.notAnAttendee(List.of(command.amendedBy()));
        }
        if (command.items() != null) {
            MinutesRules.requireOnTheAgenda(command.items(), meeting.agendaSize());
        }
        apply(new MinutesAmendedEvent(command.partnershipId(), command.meetingId(), command.amendedBy(),
                command.summary(), command.items(), command.reason()));
        return new CommandResult(command.meetingId(), version());
    }

    @CommandHandler
    CommandResult handle(ApproveMinutesCommand command) {
        Meeting meeting = requireDraftMinutes(command.meetingId());
        MinutesRules.requireDistinct(command.approvedBy());
        if (command.approvedBy().stream().noneMatch(meeting.attendees()::contains)) {
            throw MeetingRejection.notAnAttendee(command.approvedBy());
        }
        apply(new MinutesApprovedEvent(command.partnershipId(), command.meetingId(), command.approvedBy()));
        return new CommandResult(command.meetingId(), version());
    }

    @CommandHandler
    CommandResult handle(CorrectMinutesCommand command) {
        Meeting meeting = requireNotCancelled(command.meetingId());
        if (!meeting.is(Status.MINUTES_APPROVED)) {
            throw MeetingRejection.minutesNotApproved(command.meetingId());
        }
        apply(new MinutesCorrectedEvent(command.partnershipId(), command.meetingId(), command.correctedBy(),
                command.correction(), command.reason()));
        return new CommandResult(command.meetingId(), version());
    }

    @EventSourcingHandler
    void on(MeetingCadenceSetEvent event) {
        cadence = MeetingCadence.valueOf(event.cadence());
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetings.put(event.meetingId(), Meeting.scheduled(event.scheduledAt(), event.agenda().size()));
    }

    @EventSourcingHandler
    void on(MeetingRescheduledEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.movedTo(event.scheduledAt()));
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        meetings.put(event.meetingId(), Meeting.closed(Status.CANCELLED));
    }

    @EventSourcingHandler
    void on(MinutesRecordedEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.minutesRecorded(event.attendees()));
    }

    @EventSourcingHandler
    void on(MinutesApprovedEvent event) {
        meetings.put(event.meetingId(), Meeting.closed(Status.MINUTES_APPROVED));
    }

    /** A meeting is planned for a moment still ahead and within {@link Deadlines#MAX_YEARS_AHEAD} years. */
    private static void requireAhead(Instant scheduledAt, Clock clock) {
        Instant now = clock.instant();
        if (scheduledAt.isBefore(now)) {
            throw MeetingRejection.meetingInPast(scheduledAt);
        }
        if (scheduledAt.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(Deadlines.MAX_YEARS_AHEAD).toInstant())) {
            throw MeetingRejection.meetingTooFar(scheduledAt, Deadlines.MAX_YEARS_AHEAD);
        }
    }

    private Meeting requireKnown(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting == null) {
            throw MeetingRejection.meetingNotFound(meetingId);
        }
        return meeting;
    }

    private Meeting requireNotCancelled(String meetingId) {
        Meeting meeting = requireKnown(meetingId);
        if (meeting.is(Status.CANCELLED)) {
            throw MeetingRejection.meetingCancelled(meetingId);
        }
        return meeting;
    }

    /** A meeting still to be held, moved or called off: not cancelled, and without minutes. */
    private Meeting requireWithoutMinutes(String meetingId) {
        Meeting meeting = requireNotCancelled(meetingId);
        if (!meeting.is(Status.SCHEDULED)) {
            throw MeetingRejection.minutesAlreadyRecorded(meetingId);
        }
        return meeting;
    }

    /** Minutes that are recorded and may still change: not yet approved. */
    private Meeting requireDraftMinutes(String meetingId) {
        Meeting meeting = requireNotCancelled(meetingId);
        if (meeting.is(Status.SCHEDULED)) {
            throw MeetingRejection.minutesNotRecorded(meetingId);
        }
        if (meeting.is(Status.MINUTES_APPROVED)) {
            throw MeetingRejection.minutesApproved(meetingId);
        }
        return meeting;
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
