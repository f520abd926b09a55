package org.partnerledger.query.ledger;

import jakarta.validation.constraints.Min;
import org.partnerledger.web.security.Allow;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static org.partnerledger.web.security.Standing.AUDITOR;
import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** Who carries the work, and how the partners rate the partnership: now, or as of a past instant or version. */
@RestController
@Validated
@RequestMapping(path = "/api/partnerships/{partnershipId}", produces = MediaType.APPLICATION_JSON_VALUE)
class LedgerFiguresController {

    private final LedgerReads reads;

    LedgerFiguresController(LedgerReads reads) {
        this.reads = reads;
    }

    @GetMapping("/ownership")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    OwnershipView ownership(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) @Min(0) Long atVersion,
                            @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return Ownership.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/reviews")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ReviewsView reviews(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) @Min(0) Long atVersion,
                        @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return Reviews.of(read.ledger(), read.at(), read.stale());
    }
}
