package org.partnerledger.query.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Standing;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The auditors' history of a partnership, read page by page with {@code after} set to the last sequence seen. */
@RestController
class HistoryController {

    private final HistoryRepository repository;

    HistoryController(HistoryRepository repository) {
        this.repository = repository;
    }

    /** Partners read their partnership's history as its auditors do; funders and admins do not. */
    @GetMapping(path = "/api/partnerships/{partnershipId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow({Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR})
    HistoryView history(@PathVariable UUID partnershipId,
                        @RequestParam(defaultValue = "-1") @Min(-1) long after,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return repository.history(partnershipId, after, limit)
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
    }
}
