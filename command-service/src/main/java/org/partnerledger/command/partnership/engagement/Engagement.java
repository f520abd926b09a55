package org.partnerledger.command.partnership.engagement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.MilestoneCelebratedEvent;
import org.partnerledger.events.PartnerAssetRecordedEvent;
import org.partnerledger.events.PartnerAssetWithdrawnEvent;
import org.partnerledger.events.ProgressReportIssuedEvent;
import org.partnerledger.events.SuccessDisseminatedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * How the partnership sustains engagement: the milestones it celebrates, the assets its partners bring, the
 * progress it reports, the successes it shares and the grants that fund it. It keeps the asset entries still
 * recorded and the grant numbers already used; the rest is history, for the read side.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Engagement {

    private final Set<String> assets = new HashSet<>();
    private final Set<String> grantNumbers = new HashSet<>();

    public Engagement() {
        // nothing recorded before the partnership is formed
    }

    @CommandHandler
    CommandResult handle(CelebrateMilestoneCommand command, Clock clock) {
        if (Deadlines.notYetBegun(command.achievedOn(), clock)) {
            throw EngagementRejection.milestoneInFuture(command.achievedOn());
        }
        if ((command.metricId() == null) != (command.value() == null)) {
            throw EngagementRejection.milestoneMetricIncomplete();
        }
        AggregateLifecycle.apply(new MilestoneCelebratedEvent(command.partnershipId(), command.milestoneId(),
                command.title(), command.achievedOn(), command.achievement(), command.metricId(), command.value()));
        return result(command.milestoneId());
    }

    @CommandHandler
    CommandResult handle(RecordPartnerAssetCommand command) {
        AggregateLifecycle.apply(new PartnerAssetRecordedEvent(command.partnershipId(), command.assetId(),
                command.partner(), command.kind().name(), command.description()));
        return result(command.assetId());
    }

    @CommandHandler
    CommandResult handle(WithdrawPartnerAssetCommand command) {
        if (!assets.contains(command.assetId())) {
            throw EngagementRejection.assetNotFound(command.assetId());
        }
        AggregateLifecycle.apply(new PartnerAssetWithdrawnEvent(command.partnershipId(), command.assetId(),
                command.reason()));
        return result(command.assetId());
    }

    @CommandHandler
    CommandResult handle(IssueProgressReportCommand command) {
        requireEndAfterStart(command.periodStart(), command.periodEnd());
        AggregateLifecycle.apply(new ProgressReportIssuedEvent(command.partnershipId(), command.reportId(),
                command.periodStart(), command.periodEnd(), command.audience().name(), command.title()));
        return result(command.reportId());
    }

    @CommandHandler
    CommandResult handle(DisseminateSuccessCommand command) {
        AggregateLifecycle.apply(new SuccessDisseminatedEvent(command.partnershipId(), command.disseminationId(),
                command.channel().name(), command.title(), command.link()));
        return result(command.disseminationId());
    }

    @CommandHandler
    CommandResult handle(RecordGrantCommand command) {
        if (grantNumbers.contains(command.grantNumber())) {
            throw EngagementRejection.grantAlreadyRecorded(command.grantNumber());
        }
        requireEndAfterStart(command.periodStart(), command.periodEnd());
        AggregateLifecycle.apply(new GrantRecordedEvent(command.partnershipId(), command.grantId(),
                command.funderOrganisationId(), command.funderName(), command.grantNumber(), command.periodStart(),
                command.periodEnd()));
        return result(command.grantId());
    }

    @EventSourcingHandler
    void on(PartnerAssetRecordedEvent event) {
        assets.add(event.assetId());
    }

    @EventSourcingHandler
    void on(PartnerAssetWithdrawnEvent event) {
        assets.remove(event.assetId());
    }

    @EventSourcingHandler
    void on(GrantRecordedEvent event) {
        grantNumbers.add(event.grantNumber());
    }

    private static void requireEndAfterStart(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            throw EngagementRejection.periodEndNotAfterStart(start, end);
        }
    }

    private static CommandResult result(String id) {
        return new CommandResult(id, AggregateLifecycle.getVersion());
    }
}
