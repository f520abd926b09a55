package org.partnerledger.command.partnership.conflict;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static org.partnerledger.web.security.Standing.COORDINATOR;

/** The agreed conflict process: its ladder, and a conflict's way up it, to its resolution and back. */
@PartnershipCommandEndpoints
class ConflictController {

    private final PartnershipCommands commands;

    ConflictController(PartnershipCommands commands) {
        this.commands = commands;
    }

    /** @param decisionId the decision recorded with the resolution, or {@code null} when none was asked for */
    record ResolutionReceipt(String decisionId, long version) {
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/conflict-ladder")
    VersionReceipt agreeConflictLadder(CommandContext context, @Valid @RequestBody AgreeConflictLadderRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/conflicts/{conflictId}/escalation")
    VersionReceipt escalateConflict(CommandContext context, @Valid @RequestBody EscalateConflictRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/conflicts/{conflictId}/resolution")
    ResolutionReceipt resolveConflict(CommandContext context, @Valid @RequestBody ResolveConflictRequest request) {
        CommandResult result = commands.send(context, request);
        return new ResolutionReceipt(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/conflicts/{conflictId}/reopening")
    VersionReceipt reopenConflict(CommandContext context, @Valid @RequestBody ReopenConflictRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
