package org.partnerledger.command.partnership.roster;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.partnerledger.web.security.Standing.COORDINATOR;

/** The partnership's partners, its coordinator, its auditors and its conclusion. */
@PartnershipCommandEndpoints
class RosterController {

    private final PartnershipCommands commands;

    RosterController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record PartnerAdmitted(String partnerId, long version) {
    }

    record AuditorAccessGranted(String organisationId, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/partners")
    @ResponseStatus(HttpStatus.CREATED)
    PartnerAdmitted admitPartner(CommandContext context, @Valid @RequestBody AdmitPartnerRequest request) {
        CommandResult result = commands.send(context, request);
        return new PartnerAdmitted(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/partner-withdrawals")
    VersionReceipt withdrawPartner(CommandContext context, @Valid @RequestBody WithdrawPartnerRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/coordinator")
    VersionReceipt appointCoordinator(CommandContext context,
                                      @Valid @RequestBody AppointCoordinatorRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/auditors")
    @ResponseStatus(HttpStatus.CREATED)
    AuditorAccessGranted grantAuditorAccess(CommandContext context,
                                            @Valid @RequestBody GrantAuditorAccessRequest request) {
        CommandResult result = commands.send(context, request);
        return new AuditorAccessGranted(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/auditors/{organisationId}/revocation")
    VersionReceipt revokeAuditorAccess(CommandContext context,
                                       @Valid @RequestBody RevokeAuditorAccessRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/conclusion")
    VersionReceipt concludePartnership(CommandContext context, @Valid @RequestBody ConcludePartnershipRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
