package org.partnerledger.command.partnership.agreement;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.ItemRequest;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.UUID;

/** MOUs and partnership agreements: signed, reviewed, amended, terminated. */
@PartnershipCommandEndpoints
class AgreementController {

    private final PartnershipCommands commands;

    AgreementController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record AgreementSigned(String agreementId, long version) {
    }

    record VersionReceipt(long version) {
    }

    @PostMapping("/{partnershipId}/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    AgreementSigned signAgreement(CommandContext context, @Valid @RequestBody SignAgreementRequest request) {
        CommandResult result = commands.send(context, request);
        return new AgreementSigned(result.id(), result.version());
    }

    @PostMapping("/{partnershipId}/agreements/{agreementId}/review")
    VersionReceipt reviewAgreement(CommandContext context, @PathVariable UUID agreementId,
                          @Valid @RequestBody ReviewAgreementRequest request) {
        return send(context, ItemRequest.of(agreementId, request));
    }

    @PostMapping("/{partnershipId}/agreements/{agreementId}/amendment")
    VersionReceipt amendAgreement(CommandContext context, @PathVariable UUID agreementId,
                         @Valid @RequestBody AmendAgreementRequest request) {
        return send(context, ItemRequest.of(agreementId, request));
    }

    @PostMapping("/{partnershipId}/agreements/{agreementId}/termination")
    VersionReceipt terminateAgreement(CommandContext context, @PathVariable UUID agreementId,
                             @Valid @RequestBody TerminateAgreementRequest request) {
        return send(context, ItemRequest.of(agreementId, request));
    }

    private VersionReceipt send(CommandContext context, ItemRequest<?> request) {
        CommandResult result = commands.send(context, request);
        return new VersionReceipt(result.version());
    }
}
