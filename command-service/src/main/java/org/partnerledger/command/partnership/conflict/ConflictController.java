package org.partnerledger.command.partnership.conflict;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.UUID;

/** The agreed conflict process: its ladder, and a conflict's way up it, to its resolution and back. */
@PartnershipCommandEndpoints
class ConflictController {

    private final PartnershipCommands commands;

    ConflictController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record VersionReceipt(long version) {
    }

    /** @param decisionId the decision recorded with the resolution, or {@code null} when none was asked for */
    record ResolutionReceipt(String decisionId, long version) {
    }

    @PutMapping("/{partnershipId}/conflict-ladder")
    VersionReceipt agreeConflictLadder(CommandContext context, @Valid @RequestBody AgreeConflictLadderRequest request) {
        CommandResult result = commands.send(context, request);
        return new VersionReceipt(result.version());
    }

    @PostMapping("/{partnershipId}/conflicts/{conflictId}/escalation")
    VersionReceipt escalateConflict(CommandContext context, @PathVariable UUID conflictId,
                            @Valid @RequestBody EscalateConflictRequest request) {
        return new VersionReceipt(send(context, conflictId, request).version());
    }

    @PostMapping("/{partnershipId}/conflicts/{conflictId}/resolution")
    ResolutionReceipt resolveConflict(CommandContext context, @PathVariable UUID conflictId,
                              @Valid @RequestBody ResolveConflictRequest request) {
        CommandResult result = send(context, conflictId, request);
        return new ResolutionReceipt(result.id(), result.version());
    }

    @PostMapping("/{partnershipId}/conflicts/{conflictId}/reopening")
    VersionReceipt reopenConflict(CommandContext context, @PathVariable UUID conflictId,
                          @Valid @RequestBody ReopenConflictRequest request) {
        return new VersionReceipt(send(context, conflictId, request).version());
    }

    private CommandResult send(CommandContext context, UUID conflictId, OnItem.Body<?> request) {
        return commands.send(context, new OnItem<>(conflictId.toString(), request));
    }
}
