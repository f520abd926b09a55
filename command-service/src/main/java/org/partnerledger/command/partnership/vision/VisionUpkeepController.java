package org.partnerledger.command.partnership.vision;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static org.partnerledger.web.security.Standing.COORDINATOR;

/** The partnership's purpose, and the revisiting of its vision that does not revise it. */
@PartnershipCommandEndpoints
class VisionUpkeepController {

    private final PartnershipCommands commands;

    VisionUpkeepController(PartnershipCommands commands) {
        this.commands = commands;
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/purpose")
    VersionReceipt statePurpose(CommandContext context, @Valid @RequestBody StatePurposeRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/vision/reaffirmation")
    VersionReceipt reaffirmVision(CommandContext context, @Valid @RequestBody ReaffirmVisionRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/vision/revisit-interval")
    VersionReceipt setRevisitInterval(CommandContext context,
                                      @Valid @RequestBody SetVisionRevisitIntervalRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
