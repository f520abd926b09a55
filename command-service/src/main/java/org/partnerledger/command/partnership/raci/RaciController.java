package org.partnerledger.command.partnership.raci;

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

/** The RACI matrix: areas of work and the roles partners hold in each. */
@PartnershipCommandEndpoints
class RaciController {

    private final PartnershipCommands commands;

    RaciController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record RaciAreaDefined(String areaId, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/raci-areas")
    @ResponseStatus(HttpStatus.CREATED)
    RaciAreaDefined defineRaciArea(CommandContext context, @Valid @RequestBody DefineRaciAreaRequest request) {
        CommandResult result = commands.send(context, request);
        return new RaciAreaDefined(result.id(), result.version());
    }

    @Allow(COORDINATOR)
    @PutMapping("/{partnershipId}/raci-areas/{areaId}/roles")
    VersionReceipt assignRaciRoles(CommandContext context, @Valid @RequestBody AssignRaciRolesRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
