package org.partnerledger.command.partnership.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.command.partnership.DistinctPartners;
import org.partnerledger.events.AgreementAmendedEvent;
import org.partnerledger.events.AgreementReviewedEvent;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.AgreementTerminatedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partnership's MOUs and partnership agreements: what each took effect on and the document it now holds, and
 * which were terminated (so that a change to one is refused as such rather than as unknown).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Agreements {

    /** Signed by the partners, as one would sign any agreement: no one signs alone. */
    private static final int MIN_SIGNATORIES = 2;

    private final Map<String, Terms> inForce = new HashMap<>();
    private final Set<String> terminated = new HashSet<>();

    public Agreements() {
        // none signed, as a partnership is formed
    }

    @CommandHandler
    CommandResult handle(SignAgreementCommand command, Clock clock) {
        requireSignatories(command.signatories());
        requireReviewAfterEffective(command.reviewBy(), command.effectiveOn());
        Deadlines.requireWithinReach(command.reviewBy(), clock);
        AggregateLifecycle.apply(new AgreementSignedEvent(command.partnershipId(), command.agreementId(),
                command.kind().name(), command.title(), command.signatories(), command.effectiveOn(),
                command.reviewBy(), command.documentSha256(), command.rolesClause(),
                command.disputeResolutionClause()));
        return result(command.agreementId());
    }

    @CommandHandler
    CommandResult handle(ReviewAgreementCommand command, Clock clock) {
        Terms terms = requireInForce(command.agreementId());
        requireReviewAfterEffective(command.reviewedOn(), terms.effectiveOn());
        if (Deadlines.notYetBegun(command.reviewedOn(), clock)) {
            throw AgreementRejection.reviewInFuture(command.reviewedOn());
        }
        if (!command.nextReviewBy().isAfter(command.reviewedOn())) {
            throw AgreementRejection.nextReviewNotAfterReview(command.nextReviewBy(), command.reviewedOn());
        }
        Deadlines.requireWithinReach(command.nextReviewBy(), clock);
        AggregateLifecycle.apply(new AgreementReviewedEvent(command.partnershipId(), command.agreementId(),
                command.outcome().name(), command.reviewedOn(), command.nextReviewBy(), command.notes()));
        return result(command.agreementId());
    }

    @CommandHandler
    CommandResult handle(AmendAgreementCommand command, Clock clock) {
        Terms terms = requireInForce(command.agreementId());
        requireSignatories(command.signatories());
        if (command.nextReviewBy() != null) {
            requireReviewAfterEffective(command.nextReviewBy(), terms.effectiveOn());
            Deadlines.requireWithinReach(command.nextReviewBy(), clock);
        }
        if (terms.documentSha256().equals(command.documentSha256())) {
            throw AgreementRejection.unchanged(command.agreementId());
        }
        AggregateLifecycle.apply(new AgreementAmendedEvent(command.partnershipId(), command.agreementId(),
                command.summary(), command.documentSha256(), command.signatories(), command.nextReviewBy()));
        return result(command.agreementId());
    }

    @CommandHandler
    CommandResult handle(TerminateAgreementCommand command) {
        Terms terms = requireInForce(command.agreementId());
        if (command.terminatedOn().isBefore(terms.effectiveOn())) {
            throw AgreementRejection.terminationBeforeEffective(command.terminatedOn(), terms.effectiveOn());
        }
        AggregateLifecycle.apply(new AgreementTerminatedEvent(command.partnershipId(), command.agreementId(),
                command.reason(), command.terminatedOn()));
        return result(command.agreementId());
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        inForce.put(event.agreementId(), new Terms(event.effectiveOn(), event.documentSha256()));
    }

    @EventSourcingHandler
    void on(AgreementAmendedEvent event) {
        inForce.computeIfPresent(event.agreementId(),
                (id, terms) -> new Terms(terms.effectiveOn(), event.documentSha256()));
    }

    @EventSourcingHandler
    void on(AgreementTerminatedEvent event) {
        inForce.remove(event.agreementId());
        terminated.add(event.agreementId());
    }

    private Terms requireInForce(String agreementId) {
        if (terminated.contains(agreementId)) {
            throw AgreementRejection.terminated(agreementId);
        }
        Terms terms = inForce.get(agreementId);
        if (terms == null) {
            throw AgreementRejection.notFound(agreementId);
        }
        return terms;
    }

    private static void requireSignatories(List<String> signatories) {
        DistinctPartners.require(signatories);
        if (signatories.size() < MIN_SIGNATORIES) {
            throw AgreementRejection.needsTwoSignatories();
        }
    }

    private static void requireReviewAfterEffective(LocalDate date, LocalDate effectiveOn) {
        if (!date.isAfter(effectiveOn)) {
            throw AgreementRejection.reviewDateBeforeEffective(date, effectiveOn);
        }
    }

    private static CommandResult result(String agreementId) {
        return new CommandResult(agreementId, AggregateLifecycle.getVersion());
    }

    /** What the rules need of an agreement in force: when it took effect and the document it holds. */
    record Terms(LocalDate effectiveOn, String documentSha256) {
    }
}
