package org.partnerledger.command.partnership.meeting;

import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.command.partnership.meeting.RecordMinutesCommand.Action;
import org.partnerledger.command.partnership.meeting.RecordMinutesCommand.Decision;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.MinutesItem;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What minutes must be to be recorded, and the decisions and actions they publish. */
final class MinutesRules {

    /**
     * Minutes may be recorded from a day before the scheduled start: a meeting is at times held early, and a start
     * typed in one zone is read in another; minutes recorded earlier are of a meeting that has not happened.
     */
    static final Duration HELD_AT_THE_EARLIEST = Duration.ofDays(1);

    private MinutesRules() {
    }

    static void requireHeld(String meetingId, Meeting meeting, Clock clock) {
        if (meeting.scheduledAt().isAfter(clock.instant().plus(HELD_AT_THE_EARLIEST))) {
            throw MeetingRejection.meetingNotHeldYet(meetingId, meeting.scheduledAt());
        }
    }

    static void requireValid(RecordMinutesCommand command, Meeting meeting, Clock clock) {
        requireDistinct(command.attendees());
        requireOnTheAgenda(command.items(), meeting.agendaSize());
        for (Decision decision : command.decisions()) {
            requireDistinct(decision.decidedBy());
            if (decision.reviewBy() != null) {
                Deadlines.requireAhead(decision.reviewBy(), clock);
            }
        }
        for (Action action : command.actions()) {
            Deadlines.requireAhead(action.dueDate(), clock);
            if (action.decision() != null && action.decision() >= command.decisions().size()) {
                throw MeetingRejection.minutesDecisionUnknown(action.decision(), command.decisions().size());
            }
        }
    }

    /** Each item names an item of the agenda, and none is given twice. */
    static void requireOnTheAgenda(List<MinutesItem> items, int agendaSize) {
        items.stream().mapToInt(MinutesItem::agendaItem).filter(index -> index < 0 || index >= agendaSize)
                .findFirst().ifPresent(index -> {
                    throw MeetingRejection.agendaItemUnknown(index, agendaSize);
                });
        List<Integer> repeated = repeated(items.stream().map(MinutesItem::agendaItem));
        if (!repeated.isEmpty()) {
            throw MeetingRejection.agendaItemRepeated(repeated);
        }
    }

    static void requireDistinct(List<String> partnerIds) {
        List<String> repeated = repeated(partnerIds.stream());
        if (!repeated.isEmpty()) {
            throw MeetingRejection.partnerDuplicated(repeated);
        }
    }

    /** The events that follow the minutes: their decisions first, then their action items. */
    static Stream<Object> decisionsAndActions(RecordMinutesCommand command) {
        Stream<Object> decisions = command.decisions().stream().map(decision -> new DecisionRecordedEvent(
                command.partnershipId(), decision.decisionId(), decision.title(), decision.rationale(),
                decision.decidedBy(), command.meetingId(), decision.reviewBy(), null, decision.metricIds()));
        Stream<Object> actions = command.actions().stream().map(action -> new ActionAssignedEvent(
                command.partnershipId(), action.actionId(), action.title(), action.responsible(),
                action.accountable(), action.consulted(), action.informed(), action.dueDate(),
                action.decision() == null ? null : command.decisions().get(action.decision()).decisionId()));
        return Stream.concat(decisions, actions);
    }

    private static <T extends Comparable<T>> List<T> repeated(Stream<T> values) {
        return values.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }
}
