package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesMetrics;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.events.MinutesItem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The minutes of a held meeting with the decisions taken and the action items assigned in it, whose ids were
 * issued with the command.
 */
record RecordMinutesCommand(@TargetAggregateIdentifier String partnershipId,
                            @TargetAggregateVersion Long expectedVersion,
                            String meetingId, List<String> attendees, String summary, List<MinutesItem> items,
                            List<Decision> decisions, List<Action> actions) implements NamesPartners, NamesMetrics {

    /** A decision taken in the meeting. */
    record Decision(String decisionId, String title, String rationale, List<String> decidedBy, LocalDate reviewBy,
                    List<String> metricIds) {
    }

    /**
     * An action item assigned in the meeting.
     *
     * @param decision the index, in the minutes' decisions, of the decision it carries out, or {@code null}
     */
    record Action(String actionId, String title, String responsible, String accountable, List<String> consulted,
                  List<String> informed, LocalDate dueDate, Integer decision) {

        Stream<String> owners() {
            return Stream.of(List.of(responsible, accountable), consulted, informed).flatMap(List::stream);
        }
    }

    List<String> decisionIds() {
        return decisions.stream().map(Decision::decisionId).toList();
    }

    List<String> actionIds() {
        return actions.stream().map(Action::actionId).toList();
    }

    @Override
    public Collection<String> partnersNamed() {
        return Stream.of(attendees.stream(), decisions.stream().flatMap(decision -> decision.decidedBy().stream()),
                actions.stream().flatMap(Action::owners)).flatMap(named -> named).toList();
    }

    @Override
    public Collection<String> metricsNamed() {
        return decisions.stream().flatMap(decision -> decision.metricIds().stream()).distinct().toList();
    }
}
