package org.partnerledger.command.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.events.Partner;
import org.partnerledger.web.PlainText;

import java.util.List;

record FormPartnershipRequest(
        @PlainText(max = 200) String name,
        @NotNull @Valid VisionBody vision,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid PartnerBody> partners,
        @PartnerId String coordinator) {

    record PartnerBody(@PartnerId String id, @PlainText(max = 200) String name) {
    }

    FormPartnershipCommand toCommand(String partnershipId) {
        List<Partner> named = partners.stream().map(partner -> new Partner(partner.id(), partner.name())).toList();
        return new FormPartnershipCommand(partnershipId, name, vision.toVision(), named, coordinator);
    }
}
