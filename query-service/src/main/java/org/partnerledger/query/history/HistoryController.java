package org.partnerledger.query.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnerledger.query.PartnershipNotFoundException;
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

    @GetMapping(path = "/api/partnerships/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    HistoryView history(@PathVariable UUID id,
                        @RequestParam(defaultValue = "-1") @Min(-1) long after,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return repository.history(id, after, limit).orElseThrow(() -> new PartnershipNotFoundException(id));
    }
}
