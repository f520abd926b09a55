package org.partnerledger.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.partnerledger.command.partnership.metric.MetricRejection;
import org.partnerledger.command.partnership.metric.Metrics;
import org.partnerledger.command.partnership.review.Reviews;
import org.partnerledger.command.partnership.story.Stories;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A partnership between community organisations: the consistency boundary for everything its partners decide,
 * assign, dispute and revise together. It keeps only what its rules need, and nothing that grows with its history
 * (its decisions are looked up in {@link Decisions}); its snapshots are its fields as JSON, at
 * {@link #SNAPSHOT_REVISION}.
 */
@Aggregate(snapshotTriggerDefinition = "partnershipSnapshotTrigger", snapshotFilter = "partnershipSnapshotFilter",
        cache = "partnershipCache")
@Revision(Partnership.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Partnership {

    /**
     * The shape of the state a snapshot holds: bump it with every change to a field here or in a part, so that
     * snapshots of the old shape are ignored (and the partnership sourced from its events) rather than trusted.
     */
    static final String SNAPSHOT_REVISION = "2";


    @AggregateIdentifier
    private String partnershipId;
    private final Set<String> partners = new HashSet<>();
    private Vision vision;
    private int visionRevision;
    @AggregateMember
    private Metrics metrics = new Metrics();
    @AggregateMember
    private Stories stories = new Stories();
    @AggregateMember
    private Reviews reviews = new Reviews();

    protected Partnership() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Partnership(FormPartnershipCommand command) {
        List<String> partnerIds = command.partners().stream().map(Partner::id).toList();
        requireDistinct(partnerIds);
        if (!partnerIds.contains(command.coordinator())) {
            throw PartnershipRejection.coordinatorNotAPartner(command.coordinator());
        }
        apply(new PartnershipFormedEvent(command.partnershipId(), command.name(), command.vision(),
                command.partners(), command.coordinator(), command.purpose()));
    }

    @CommandHandler
    CommandResult handle(RecordDecisionCommand command) {
        requireDistinct(command.decidedBy());
        requirePartners(command.decidedBy());
        apply(new DecisionRecordedEvent(partnershipId, command.decisionId(), command.title(), command.rationale(),
                command.decidedBy(), null, null, null, List.of()));
        return new CommandResult(command.decisionId(), version());
    }

    @CommandHandler
    CommandResult handle(AssignActionCommand command, Clock clock, Decisions decisions) {
        requirePartners(Stream.of(List.of(command.responsible(), command.accountable()), command.consulted(),
                command.informed()).flatMap(List::stream).toList());
        Deadlines.requireAhead(command.dueDate(), clock);
        if (command.decisionId() != null && !decisions.recorded(partnershipId, command.decisionId())) {
            throw PartnershipRejection.decisionUnknown(command.decisionId());
        }
        apply(new ActionAssignedEvent(partnershipId, command.actionId(), command.title(), command.responsible(),
                command.accountable(), command.consulted(), command.informed(), command.dueDate(),
                command.decisionId()));
        return new CommandResult(command.actionId(), version());
    }

    @CommandHandler
    CommandResult handle(LogConflictCommand command) {
        if (new HashSet<>(command.parties()).size() < 2) {
            throw PartnershipRejection.conflictNeedsTwoParties();
        }
        requireDistinct(command.parties());
        requirePartners(command.parties());
        apply(new ConflictLoggedEvent(partnershipId, command.conflictId(), command.subject(), command.description(),
                command.parties(), command.severity().name()));
        return new CommandResult(command.conflictId(), version());
    }

    @CommandHandler
    VisionRevision handle(ReviseVisionCommand command) {
        if (vision.equals(command.vision())) {
            throw PartnershipRejection.visionUnchanged();
        }
        apply(new VisionRevisedEvent(partnershipId, visionRevision + 1, command.vision(), command.rationale()));
        return new VisionRevision(visionRevision, version());
    }

    /** Parts decide only about partners of this partnership: a stranger is refused before any part sees it. */
    @CommandHandlerInterceptor
    void onlyPartnersAreNamed(NamesPartners command) {
        requirePartners(command.partnersNamed());
    }

    /** Parts link only to metrics the partnership holds (proposed, active or retired). */
    @CommandHandlerInterceptor
    void onlyKnownMetricsAreNamed(NamesMetrics command) {
        List<String> unknown = metrics.unknownAmong(command.metricsNamed());
        if (!unknown.isEmpty()) {
            throw MetricRejection.metricUnknown(unknown);
        }
    }

    @EventSourcingHandler
    void on(PartnershipFormedEvent event) {
        partnershipId = event.partnershipId();
        event.partners().forEach(partner -> partners.add(partner.id()));
        vision = event.vision();
        visionRevision = 1;
    }

    @EventSourcingHandler
    void on(VisionRevisedEvent event) {
        vision = event.vision();
        visionRevision = event.revision();
    }

    private void requirePartners(Collection<String> named) {
        List<String> strangers = named.stream().filter(id -> !partners.contains(id)).distinct().toList();
        if (!strangers.isEmpty()) {
            throw PartnershipRejection.partnerUnknown(strangers);
        }
    }

    private static void requireDistinct(List<String> named) {
        List<String> repeated = named.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .sorted().toList();
        if (!repeated.isEmpty()) {
            throw PartnershipRejection.partnerDuplicated(repeated);
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
