package org.partnerledger.infra.crudpeer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import static org.partnerledger.infra.crudpeer.FormPartnershipRequest.PARTNER_ID;

/** The body of {@code POST /api/partnerships/{id}/decisions}, with the limits of PartnerLedger's command API. */
record RecordDecisionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10_000) String rationale,
        @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = PARTNER_ID) String> decidedBy) {
}
