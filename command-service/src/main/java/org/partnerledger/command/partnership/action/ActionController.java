package org.partnerledger.command.partnership.action;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.util.UUID;

/** The life of an action item after its assignment: completed, handed over, moved, or dropped. */
@PartnershipCommandEndpoints
class ActionController {

    private final PartnershipCommands commands;

    ActionController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record VersionReceipt(long version) {
    }

    @PostMapping("/{partnershipId}/actions/{actionId}/completion")
    VersionReceipt completeAction(CommandContext context, @PathVariable UUID actionId,
                            @Valid @RequestBody CompleteActionRequest request) {
        return send(context, actionId, request);
    }

    @PostMapping("/{partnershipId}/actions/{actionId}/reassignment")
    VersionReceipt reassignAction(CommandContext context, @PathVariable UUID actionId,
                            @Valid @RequestBody ReassignActionRequest request) {
        return send(context, actionId, request);
    }

    @PostMapping("/{partnershipId}/actions/{actionId}/rescheduling")
    VersionReceipt rescheduleAction(CommandContext context, @PathVariable UUID actionId,
                              @Valid @RequestBody RescheduleActionRequest request) {
        return send(context, actionId, request);
    }

    @PostMapping("/{partnershipId}/actions/{actionId}/cancellation")
    VersionReceipt cancelAction(CommandContext context, @PathVariable UUID actionId,
                          @Valid @RequestBody CancelActionRequest request) {
        return send(context, actionId, request);
    }

    private VersionReceipt send(CommandContext context, UUID actionId, OnItem.Body<?> request) {
        CommandResult result = commands.send(context, new OnItem<>(actionId.toString(), request));
        return new VersionReceipt(result.version());
    }
}
