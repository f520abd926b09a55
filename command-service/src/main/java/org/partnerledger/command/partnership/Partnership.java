package org.partnerledger.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.partnerledger.command.partnership.action.Actions;
import org.partnerledger.command.partnership.agreement.Agreements;
import org.partnerledger.command.partnership.conflict.Conflicts;
import org.partnerledger.command.partnership.decision.DecisionLog;
import org.partnerledger.command.partnership.engagement.Engagement;
import org.partnerledger.command.partnership.lesson.Lessons;
import org.partnerledger.command.partnership.meeting.CheckIns;
import org.partnerledger.command.partnership.meeting.Meetings;
import org.partnerledger.command.partnership.metric.MetricRejection;
import org.partnerledger.command.partnership.metric.Metrics;
import org.partnerledger.command.partnership.raci.RaciMatrix;
import org.partnerledger.command.partnership.review.Reviews;
import org.partnerledger.command.partnership.roster.AdmitPartnerCommand;
import org.partnerledger.command.partnership.roster.AppointCoordinatorCommand;
import org.partnerledger.command.partnership.roster.Auditors;
import org.partnerledger.command.partnership.roster.ConcludePartnershipCommand;
import org.partnerledger.command.partnership.roster.GrantAuditorAccessCommand;
import org.partnerledger.command.partnership.roster.RosterRejection;
import org.partnerledger.command.partnership.roster.WithdrawPartnerCommand;
import org.partnerledger.command.partnership.story.Stories;
import org.partnerledger.command.partnership.vision.VisionUpkeep;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.AuditorAccessGrantedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipConcludedEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.web.security.Role;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
public class Partnership {

    /**
     * The shape of the state a snapshot holds: bump it with every change to a field here or in a part, so that
     * snapshots of the old shape are ignored (and the partnership sourced from its events) rather than trusted.
     */
    static final String SNAPSHOT_REVISION = "6";

    @AggregateIdentifier
    private String partnershipId;
    private final Set<String> partners = new HashSet<>();
    private Vision vision;
    private int visionRevision;
    @AggregateMember
    private DecisionLog decisionLog = new DecisionLog();
    @AggregateMember
    private Actions actions = new Actions();
    @AggregateMember
    private Conflicts conflicts = new Conflicts();
    @AggregateMember
    private Lessons lessons = new Lessons();
    /** The organisation id of each current partner, by its short id: one organisation is one partner. */
    private final Map<String, String> organisations = new HashMap<>();
    private String coordinator;
    private String coordinatorPerson;
    private boolean concluded;
    @AggregateMember
    private RaciMatrix raci = new RaciMatrix();
    @AggregateMember
    private Agreements agreements = new Agreements();
    @AggregateMember
    private VisionUpkeep visionUpkeep = new VisionUpkeep();
    @AggregateMember
    private Engagement engagement = new Engagement();
    @AggregateMember
    private Meetings meetings = new Meetings();
    @AggregateMember
    private CheckIns checkIns = new CheckIns();
    @AggregateMember
    private Metrics metrics = new Metrics();
    @AggregateMember
    private Stories stories = new Stories();
    @AggregateMember
    private Reviews reviews = new Reviews();
    @AggregateMember
    private Auditors auditors = new Auditors();

    protected Partnership() {
        // for Axon's event sourcing
    }

    /** Its creator coordinates it: a coordinator whose own organisation is the coordinating partner. */
    @CommandHandler
    Partnership(FormPartnershipCommand command, MetaData metaData) {
        List<String> partnerIds = command.partners().stream().map(Partner::id).toList();
        DistinctPartners.require(partnerIds);
        if (!partnerIds.contains(command.coordinator())) {
            throw PartnershipRejection.coordinatorNotAPartner(command.coordinator());
        }
        Actor creator = Actor.of(metaData);
        if (creator.role() != Role.COORDINATOR) {
            throw PartnershipRejection.commandNotPermitted(creator.role());
        }
        String coordinating = command.partners().stream().filter(partner -> partner.id().equals(command.coordinator()))
                .findFirst().map(Partner::organisationId).orElseThrow();
        if (!coordinating.equals(creator.organisationId())) {
            throw PartnershipRejection.coordinatorNotYourOrganisation(command.coordinator());
        }
        apply(new PartnershipFormedEvent(command.partnershipId(), command.name(), command.vision(),
                command.partners(), command.coordinator(), command.purpose()));
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
        DistinctPartners.require(command.parties());
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

    @CommandHandler
    CommandResult handle(AdmitPartnerCommand command) {
        Partner partner = command.partner();
        if (partners.contains(partner.id())) {
            throw RosterRejection.partnerAlreadyAdmitted(partner.id());
        }
        requireOrganisationNotAPartner(partner.organisationId());
        apply(new PartnerAdmittedEvent(partnershipId, partner));
        return new CommandResult(partner.id(), version());
    }

    @CommandHandler
    CommandResult handle(WithdrawPartnerCommand command) {
        String partner = command.partner();
        requireOthersRemain(partner);
        requireNotCoordinator(partner);
        requireNotSoleAccountable(partner);
        requireNoOpenActions(partner);
        apply(new PartnerWithdrawnEvent(partnershipId, partner, command.reason()));
        // A metric waiting for no one but the partner that left is agreed by all who remain.
        metrics.activatedByEveryCurrentPartner(partnershipId).forEach(AggregateLifecycle::apply);
        return new CommandResult(partner, version());
    }

    @CommandHandler
    CommandResult handle(AppointCoordinatorCommand command) {
        if (command.coordinator().equals(coordinator)
                && Objects.equals(command.coordinatorPerson(), coordinatorPerson)) {
            throw RosterRejection.coordinatorUnchanged(command.coordinator());
        }
        apply(new CoordinatorAppointedEvent(partnershipId, command.coordinator(), command.coordinatorPerson()));
        return new CommandResult(command.coordinator(), version());
    }

    /** An auditor is given access once, and is never a current partner: a partner cannot audit what it answers for. */
    @CommandHandler
    CommandResult handle(GrantAuditorAccessCommand command) {
        String organisationId = command.organisationId();
        partnerOf(organisationId).ifPresent(partnerId -> {
            throw RosterRejection.auditorIsAPartner(organisationId, partnerId);
        });
        if (auditors.hasAccess(organisationId)) {
            throw RosterRejection.auditorAlreadyGranted(organisationId);
        }
        apply(new AuditorAccessGrantedEvent(partnershipId, organisationId, command.note()));
        return new CommandResult(organisationId, version());
    }

    /** Concluding is the last thing a partnership does: {@link #nothingAfterConclusion} refuses a second time. */
    @CommandHandler
    CommandResult handle(ConcludePartnershipCommand command) {
        apply(new PartnershipConcludedEvent(partnershipId, command.closingNote()));
        return new CommandResult(null, version());
    }

    /**
     * The guards every command of every part passes first, in this order, so that no answer tells a caller more
     * than their standing allows: only those the partnership admits (anyone else is told it does not exist); a
     * member only with their own partner's business; nothing after conclusion; only partners of this partnership
     * and metrics it holds (proposed, active or retired) named. One interceptor, because Axon does not promise an
     * order among several.
     */
    @CommandHandlerInterceptor
    void guards(Object command, MetaData metaData) {
        requireAdmitted(command, Actor.of(metaData));
        if (concluded) {
            throw RosterRejection.partnershipConcluded();
        }
        if (command instanceof NamesPartners naming) {
            requirePartners(naming.partnersNamed());
        }
        if (command instanceof NamesMetrics naming) {
            List<String> unknown = metrics.unknownAmong(naming.metricsNamed());
            if (!unknown.isEmpty()) {
                throw MetricRejection.metricUnknown(unknown);
            }
        }
    }

    /**
     * The partnership decides for itself who may command it, from its own partners and coordinator, whatever the
     * HTTP edge let through: a coordinator of the coordinating partner issues anything; a coordinator or member of
     * another current partner only a {@link PartnerCommand} that concerns their partner.
     */
    private void requireAdmitted(Object command, Actor actor) {
        String ownPartner = organisations.entrySet().stream()
                .filter(entry -> entry.getValue().equals(actor.organisationId())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        boolean partnerOrMember = actor.role() == Role.COORDINATOR || actor.role() == Role.MEMBER;
        if (ownPartner == null || !partnerOrMember) {
            throw PartnershipRejection.notFound(partnershipId);
        }
        if (actor.role() == Role.COORDINATOR && ownPartner.equals(coordinator)) {
            return;
        }
        if (!(command instanceof PartnerCommand own) || !own.concernedPartners(itemOwners()).contains(ownPartner)) {
            throw PartnershipRejection.commandNotPermitted(actor.role());
        }
    }

    private PartnerCommand.ItemOwners itemOwners() {
        return new PartnerCommand.ItemOwners() {
            @Override
            public Optional<String> responsibleFor(String actionId) {
                return actions.responsibleFor(actionId);
            }

            @Override
            public Set<String> collectorsOf(String metricId) {
                return metrics.collectorsOf(metricId);
            }
        };
    }

    @EventSourcingHandler
    void on(PartnershipFormedEvent event) {
        partnershipId = event.partnershipId();
        event.partners().forEach(partner -> {
            partners.add(partner.id());
            organisations.put(partner.id(), partner.organisationId());
        });
        coordinator = event.coordinator();
        vision = event.vision();
        visionRevision = 1;
    }

    @EventSourcingHandler
    void on(PartnerAdmittedEvent event) {
        partners.add(event.partner().id());
        organisations.put(event.partner().id(), event.partner().organisationId());
    }

    @EventSourcingHandler
    void on(PartnerWithdrawnEvent event) {
        partners.remove(event.partner());
        organisations.remove(event.partner());
    }

    @EventSourcingHandler
    void on(CoordinatorAppointedEvent event) {
        coordinator = event.coordinator();
        coordinatorPerson = event.coordinatorPerson();
    }

    @EventSourcingHandler
    void on(PartnershipConcludedEvent event) {
        concluded = true;
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

    private void requireOrganisationNotAPartner(String organisationId) {
        partnerOf(organisationId).ifPresent(partnerId -> {
            throw RosterRejection.organisationAlreadyAPartner(organisationId, partnerId);
        });
    }

    /** The short id of the current partner that is this organisation, if one is. */
    private Optional<String> partnerOf(String organisationId) {
        return organisations.entrySet().stream().filter(entry -> entry.getValue().equals(organisationId))
                .map(Map.Entry::getKey).findFirst();
    }

    private void requireOthersRemain(String partnerId) {
        if (partners.size() == 1) {
            throw RosterRejection.lastPartnerCannotWithdraw(partnerId);
        }
    }

    private void requireNotCoordinator(String partnerId) {
        if (partnerId.equals(coordinator)) {
            throw RosterRejection.coordinatorCannotWithdraw(partnerId);
        }
    }

    /** An area of work keeps its one Accountable partner: the roles are reassigned before the partner leaves. */
    private void requireNotSoleAccountable(String partnerId) {
        if (raci.isSoleAccountableOfAnArea(partnerId)) {
            throw RosterRejection.partnerSoleAccountable(partnerId);
        }
    }

    /** Open actions keep the partners who do them and answer for them: they are reassigned before it leaves. */
    private void requireNoOpenActions(String partnerId) {
        if (actions.holdsOpenActions(partnerId)) {
            throw RosterRejection.partnerHoldsOpenActions(partnerId);
        }
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
