package org.partnerledger.query.funder;

import io.swagger.v3.oas.annotations.Operation;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.partnerledger.web.security.Standing.FUNDER;

/**
 * The partnerships a funder may open: the lists of partnerships are for partners and auditors, so without this a
 * funder would need each id handed over. Read from the funders' own read model, like everything funders see.
 */
@RestController
class FundedPartnershipsController {

    private final FunderRepository records;

    FundedPartnershipsController(FunderRepository records) {
        this.records = records;
    }

    @GetMapping(path = "/api/funded-partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow({FUNDER})
    @Operation(operationId = "fundedPartnerships", summary = "The partnerships the caller's organisation funds")
    List<FundedPartnershipView> funded() {
        return records.funded(Caller.current().orElseThrow().organisationId());
    }
}
