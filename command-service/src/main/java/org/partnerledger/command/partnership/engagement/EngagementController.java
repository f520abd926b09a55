package org.partnerledger.command.partnership.engagement;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** Milestones, partners' assets, progress reports, disseminated successes and grants. */
@PartnershipCommandEndpoints
class EngagementController {

    private final PartnershipCommands commands;

    EngagementController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record MilestoneCelebrated(String milestoneId, long version) {
    }

    record PartnerAssetRecorded(String assetId, long version) {
    }

    record ProgressReportIssued(String reportId, long version) {
    }

    record SuccessDisseminated(String disseminationId, long version) {
    }

    record GrantRecorded(String grantId, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    MilestoneCelebrated celebrateMilestone(CommandContext context,
            @Valid @RequestBody CelebrateMilestoneRequest request) {
        CommandResult result = commands.send(context, request);
        return new MilestoneCelebrated(result.id(), result.version());
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/assets")
    @ResponseStatus(HttpStatus.CREATED)
    PartnerAssetRecorded recordAsset(CommandContext context, @Valid @RequestBody RecordPartnerAssetRequest request) {
        CommandResult result = commands.send(context, request);
        return new PartnerAssetRecorded(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/assets/{assetId}/withdrawal")
    VersionReceipt withdrawAsset(CommandContext context, @Valid @RequestBody WithdrawPartnerAssetRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/progress-reports")
    @ResponseStatus(HttpStatus.CREATED)
    ProgressReportIssued issueProgressReport(CommandContext context,
            @Valid @RequestBody IssueProgressReportRequest request) {
        CommandResult result = commands.send(context, request);
        return new ProgressReportIssued(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/disseminations")
    @ResponseStatus(HttpStatus.CREATED)
    SuccessDisseminated disseminateSuccess(CommandContext context,
            @Valid @RequestBody DisseminateSuccessRequest request) {
        CommandResult result = commands.send(context, request);
        return new SuccessDisseminated(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    GrantRecorded recordGrant(CommandContext context, @Valid @RequestBody RecordGrantRequest request) {
        CommandResult result = commands.send(context, request);
        return new GrantRecorded(result.id(), result.version());
    }
}
