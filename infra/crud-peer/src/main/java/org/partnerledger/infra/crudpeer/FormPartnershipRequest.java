package org.partnerledger.infra.crudpeer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /api/partnerships}, with the limits of PartnerLedger's command API (docs/api.md). */
record FormPartnershipRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Vision vision,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Partner> partners,
        @NotNull @Pattern(regexp = PARTNER_ID) String coordinator) {

    /** The short id a client gives a partner organisation, e.g. {@code abc}. */
    static final String PARTNER_ID = "[a-z0-9-]{2,40}";

    record Vision(@NotBlank @Size(max = 2000) String statement,
                  @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> goals) {
    }

    record Partner(@NotNull @Pattern(regexp = PARTNER_ID) String id, @NotBlank @Size(max = 200) String name) {
    }

    List<String> partnerIds() {
        return partners.stream().map(Partner::id).toList();
    }
}
