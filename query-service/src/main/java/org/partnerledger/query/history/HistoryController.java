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

import java.util.List;
import java.util.UUID;

/**
 * The auditors' history of a partnership, read page by page with {@code after} set to the last sequence seen,
 * filtered by type, partner, actor and time as the history across partnerships is ({@link HistoryFilter}).
 */
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
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                        @RequestParam(required = false) List<String> type,
                        @RequestParam(required = false) String partner,
                        @RequestParam(required = false) String actor,
                        @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to) {
        return repository.history(partnershipId, HistoryFilter.of(type, partner, actor, from, to), after, limit)
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
    }
}
