package org.partnerledger.command.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.events.Partner;
import org.partnerledger.web.PlainText;

import java.util.List;
import java.util.UUID;

/**
 * @param purpose the partnership's specifically identified purpose; it may also be stated later
 */
record FormPartnershipRequest(
        @PlainText(max = 200) String name,
        @NotNull @Valid VisionBody vision,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid PartnerBody> partners,
        @PartnerId String coordinator,
        @PlainText(max = 2000, optional = true) String purpose) implements CommandRequest<FormPartnershipCommand> {

    /**
     * @param organisationId the organisation's id in the directory its people sign in with; derived from the short
     *                       id where none is given, so that one short id names one organisation everywhere
     * @param sector         the sector the organisation belongs to, if the partnership records it
     */
    record PartnerBody(@PartnerId String id, @PlainText(max = 200) String name, UUID organisationId,
                       Sector sector) {

        Partner toPartner() {
            return new Partner(id, name, organisationId == null ? Partner.derivedOrganisationId(id)
                    : organisationId.toString(), sector == null ? null : sector.name());
        }
    }

    @Override
    public FormPartnershipCommand toCommand(CommandContext context) {
        return new FormPartnershipCommand(context.partnershipId(), name, vision.toVision(),
                partners.stream().map(PartnerBody::toPartner).toList(), coordinator, purpose);
    }
}
