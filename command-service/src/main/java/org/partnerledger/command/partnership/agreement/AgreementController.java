package org.partnerledger.command.partnership.agreement;

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

/** MOUs and partnership agreements: signed, reviewed, amended, terminated. */
@PartnershipCommandEndpoints
class AgreementController {

    private final PartnershipCommands commands;

    AgreementController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record AgreementSigned(String agreementId, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    AgreementSigned signAgreement(CommandContext context, @Valid @RequestBody SignAgreementRequest request) {
        CommandResult result = commands.send(context, request);
        return new AgreementSigned(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/agreements/{agreementId}/review")
    VersionReceipt reviewAgreement(CommandContext context, @Valid @RequestBody ReviewAgreementRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/agreements/{agreementId}/amendment")
    VersionReceipt amendAgreement(CommandContext context, @Valid @RequestBody AmendAgreementRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/agreements/{agreementId}/termination")
    VersionReceipt terminateAgreement(CommandContext context, @Valid @RequestBody TerminateAgreementRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
