package org.partnerledger.command.partnership.conflict;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.DistinctPartners;
import org.partnerledger.events.ConflictEscalatedEvent;
import org.partnerledger.events.ConflictLadderAgreedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.ConflictReopenedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.events.DecisionRecordedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The partnership's conflicts and the ladder they climb: "an agreed-upon process for addressing disagreements".
 * Until the partners agree a ladder of their own, a partnership follows {@link #DEFAULT_LADDER}. A conflict starts on
 * the ladder's first step and keeps its step by name, also across an amendment of the ladder; one on a step that
 * an amendment dropped is taken up again from the amended ladder's first step when it is escalated. Conflicts are
 * few, so every one is kept, open or resolved, with its step.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Conflicts {

    /** The ladder before any is agreed: talk, then the coordinator, then the steering committee, then outside help. */
    public static final List<String> DEFAULT_LADDER =
            List.of("Direct conversation", "Coordinator mediation", "Steering committee", "Outside mediator");

    private List<String> ladder = new ArrayList<>(DEFAULT_LADDER);
    /** 0 while the default ladder holds, then the revision of the last agreement. */
    private int ladderRevision;
    private final Map<String, Conflict> conflicts = new HashMap<>();

    public Conflicts() {
        // for Axon and the snapshot mapper
    }

    @CommandHandler
    CommandResult handle(AgreeConflictLadderCommand command) {
        requireDistinctSteps(command.steps());
        if (ladderRevision > 0 && sameSteps(ladder, command.steps())) {
            throw ConflictRejection.ladderUnchanged();
        }
        apply(new ConflictLadderAgreedEvent(command.partnershipId(), command.steps(), ladderRevision + 1,
                command.rationale()));
        return new CommandResult(null, getVersion());
    }

    @CommandHandler
    CommandResult handle(EscalateConflictCommand command) {
        Conflict conflict = requireOpen(command.conflictId());
        int from = stepOf(conflict.step());
        if (from == ladder.size() - 1) {
            throw ConflictRejection.atTopOfLadder(command.conflictId(), conflict.step());
        }
        apply(new ConflictEscalatedEvent(command.partnershipId(), command.conflictId(), conflict.step(),
                ladder.get(from + 1), command.reason()));
        return new CommandResult(command.conflictId(), getVersion());
    }

    @CommandHandler
    CommandResult handle(ResolveConflictCommand command) {
        requireOpen(command.conflictId());
        DistinctPartners.require(command.agreedBy());
        if (command.decision() != null) {
            apply(new DecisionRecordedEvent(command.partnershipId(), command.decisionId(), command.decision().title(),
                    command.decision().rationale(), command.agreedBy(), null, null, null, List.of()));
        }
        apply(new ConflictResolvedEvent(command.partnershipId(), command.conflictId(), command.resolution(),
                command.agreedBy(), command.decision() == null ? null : command.decisionId()));
        return new CommandResult(command.decision() == null ? null : command.decisionId(), getVersion());
    }

    @CommandHandler
    CommandResult handle(ReopenConflictCommand command) {
        if (!requireKnown(command.conflictId()).resolved()) {
            throw ConflictRejection.open(command.conflictId());
        }
        apply(new ConflictReopenedEvent(command.partnershipId(), command.conflictId(), command.reason()));
        return new CommandResult(command.conflictId(), getVersion());
    }

    @EventSourcingHandler
    void on(ConflictLadderAgreedEvent event) {
        ladder = new ArrayList<>(event.steps());
        ladderRevision = event.revision();
    }

    @EventSourcingHandler
    void on(ConflictLoggedEvent event) {
        conflicts.put(event.conflictId(), new Conflict(ladder.get(0), false));
    }

    @EventSourcingHandler
    void on(ConflictEscalatedEvent event) {
        conflicts.put(event.conflictId(), new Conflict(event.toStep(), false));
    }

    @EventSourcingHandler
    void on(ConflictResolvedEvent event) {
        conflicts.computeIfPresent(event.conflictId(), (id, conflict) -> new Conflict(conflict.step(), true));
    }

    @EventSourcingHandler
    void on(ConflictReopenedEvent event) {
        conflicts.computeIfPresent(event.conflictId(), (id, conflict) -> new Conflict(conflict.step(), false));
    }

    private Conflict requireKnown(String conflictId) {
        Conflict conflict = conflicts.get(conflictId);
        if (conflict == null) {
            throw ConflictRejection.notFound(conflictId);
        }
        return conflict;
    }

    private Conflict requireOpen(String conflictId) {
        Conflict conflict = requireKnown(conflictId);
        if (conflict.resolved()) {
            throw ConflictRejection.resolved(conflictId);
        }
        return conflict;
    }

    /** Steps that differ only in case or surrounding spaces are the same step to the partners. */
    private static void requireDistinctSteps(List<String> steps) {
        if (new HashSet<>(steps.stream().map(Conflicts::normalized).toList()).size()
                < steps.size()) {
            throw ConflictRejection.ladderStepRepeated();
        }
    }

    /** A conflict as the ladder's rules need it: the step it is on (or was resolved at) and whether it is settled. */
    record Conflict(String step, boolean resolved) {
    }

    /** Steps are named as the partners wrote them; "Steering committee" and "steering committee " are one step. */
    private static String normalized(String step) {
        return step.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean sameSteps(List<String> ladder, List<String> steps) {
        return ladder.stream().map(Conflicts::normalized).toList()
                .equals(steps.stream().map(Conflicts::normalized).toList());
    }

    /** Where on the ladder in force a step stands, or -1 once an amendment dropped it. */
    private int stepOf(String step) {
        for (int i = 0; i < ladder.size(); i++) {
            if (normalized(ladder.get(i)).equals(normalized(step))) {
                return i;
            }
        }
        return -1;
    }
}
