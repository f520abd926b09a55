package org.partnerledger.command.partnership.action;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionReassignedEvent;
import org.partnerledger.events.ActionRescheduledEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The partnership's open action items: who does each, who answers for it, and by when. An action enters when it is
 * assigned, by whatever command assigned it (an assignment of its own or a meeting's minutes), and leaves when it is
 * completed or cancelled; closed ones are looked up in {@link ClosedActions}. Whether one is overdue is never stored:
 * it follows from its due date and the day it is asked.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Actions {

    private final Map<String, OpenAction> open = new HashMap<>();

    public Actions() {
        // for Axon and the snapshot mapper
    }

    /** Whether the partner is responsible or accountable for an open action, so not to be withdrawn yet. */
    public boolean holdsOpenActions(String partnerId) {
        return open.values().stream().anyMatch(action -> action.responsible().equals(partnerId)
                || action.accountable().equals(partnerId));
    }

    /** The partner responsible for an action while it is open. */
    public Optional<String> responsibleFor(String actionId) {
        return Optional.ofNullable(open.get(actionId)).map(OpenAction::responsible);
    }

    @CommandHandler
    CommandResult handle(CompleteActionCommand command, Clock clock, ClosedActions closed) {
        requireOpen(command.partnershipId(), command.actionId(), closed);
        if (command.completedOn().isAfter(Deadlines.latestToday(clock))) {
            throw ActionRejection.completedInFuture(command.completedOn());
        }
        apply(new ActionCompletedEvent(command.partnershipId(), command.actionId(), command.outcome(),
                command.completedOn()));
        return new CommandResult(command.actionId(), getVersion());
    }

    @CommandHandler
    CommandResult handle(ReassignActionCommand command, ClosedActions closed) {
        OpenAction action = requireOpen(command.partnershipId(), command.actionId(), closed);
        if (command.responsible() == null && command.accountable() == null) {
            throw ActionRejection.reassignmentEmpty();
        }
        String responsible = Objects.requireNonNullElse(command.responsible(), action.responsible());
        String accountable = Objects.requireNonNullElse(command.accountable(), action.accountable());
        if (responsible.equals(action.responsible()) && accountable.equals(action.accountable())) {
            throw ActionRejection.reassignmentUnchanged();
        }
        apply(new ActionReassignedEvent(command.partnershipId(), command.actionId(), responsible, accountable,
                command.reason()));
        return new CommandResult(command.actionId(), getVersion());
    }

    @CommandHandler
    CommandResult handle(RescheduleActionCommand command, Clock clock, ClosedActions closed) {
        OpenAction action = requireOpen(command.partnershipId(), command.actionId(), closed);
        if (command.dueDate().equals(action.dueDate())) {
            throw ActionRejection.dueDateUnchanged(command.dueDate());
        }
        Deadlines.requireAhead(command.dueDate(), clock);
        apply(new ActionRescheduledEvent(command.partnershipId(), command.actionId(), command.dueDate(),
                action.dueDate(), command.reason()));
        return new CommandResult(command.actionId(), getVersion());
    }

    @CommandHandler
    CommandResult handle(CancelActionCommand command, ClosedActions closed) {
        requireOpen(command.partnershipId(), command.actionId(), closed);
        apply(new ActionCancelledEvent(command.partnershipId(), command.actionId(), command.reason()));
        return new CommandResult(command.actionId(), getVersion());
    }

    @EventSourcingHandler
    void on(ActionAssignedEvent event) {
        open.put(event.actionId(), new OpenAction(event.responsible(), event.accountable(), event.dueDate()));
    }

    @EventSourcingHandler
    void on(ActionReassignedEvent event) {
        open.computeIfPresent(event.actionId(), (id, action) ->
                new OpenAction(event.responsible(), event.accountable(), action.dueDate()));
    }

    @EventSourcingHandler
    void on(ActionRescheduledEvent event) {
        open.computeIfPresent(event.actionId(), (id, action) ->
                new OpenAction(action.responsible(), action.accountable(), event.dueDate()));
    }

    @EventSourcingHandler
    void on(ActionCompletedEvent event) {
        open.remove(event.actionId());
    }

    @EventSourcingHandler
    void on(ActionCancelledEvent event) {
        open.remove(event.actionId());
    }

    private OpenAction requireOpen(String partnershipId, String actionId, ClosedActions closed) {
        OpenAction action = open.get(actionId);
        if (action != null) {
            return action;
        }
        throw closed.closed(partnershipId, actionId) ? ActionRejection.closed(actionId)
                : ActionRejection.notFound(actionId);
    }

    /** An open action as its rules need it. */
    record OpenAction(String responsible, String accountable, LocalDate dueDate) {
    }
}
