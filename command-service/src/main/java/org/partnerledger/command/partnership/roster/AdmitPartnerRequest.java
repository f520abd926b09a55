package org.partnerledger.command.partnership.roster;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.command.partnership.Sector;
import org.partnerledger.events.Partner;
import org.partnerledger.web.PlainText;

import java.util.UUID;

/**
 * @param organisationId the organisation's id in the directory its people sign in with; derived from the short id
 *                       where none is given, as when a partnership is formed
 * @param sector         the sector the organisation belongs to, if the partnership records it
 */
record AdmitPartnerRequest(@PartnerId String id,
                           @PlainText(max = 200) String name,
                           UUID organisationId,
                           Sector sector) implements CommandRequest<AdmitPartnerCommand> {

    @Override
    public AdmitPartnerCommand toCommand(CommandContext context) {
        return new AdmitPartnerCommand(context.partnershipId(), context.expectedVersion(), new Partner(id, name,
                organisationId == null ? Partner.derivedOrganisationId(id) : organisationId.toString(),
                sector == null ? null : sector.name()));
    }
}
