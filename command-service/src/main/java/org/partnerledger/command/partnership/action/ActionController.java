package org.partnerledger.command.partnership.action;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** The life of an action item after its assignment: completed, handed over, moved, or dropped. */
@PartnershipCommandEndpoints
class ActionController {

    private final PartnershipCommands commands;

    ActionController(PartnershipCommands commands) {
        this.commands = commands;
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/actions/{actionId}/completion")
    VersionReceipt completeAction(CommandContext context, @Valid @RequestBody CompleteActionRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/actions/{actionId}/reassignment")
    VersionReceipt reassignAction(CommandContext context, @Valid @RequestBody ReassignActionRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/actions/{actionId}/rescheduling")
    VersionReceipt rescheduleAction(CommandContext context, @Valid @RequestBody RescheduleActionRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/actions/{actionId}/cancellation")
    VersionReceipt cancelAction(CommandContext context, @Valid @RequestBody CancelActionRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
