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

/**
 * A partnership at a glance and how it keeps each practice, now or as of any past instant or version.
 * {@code minVersion} waits (briefly) for the version a client's own command produced.
 */
@RestController
@Validated
@RequestMapping(path = "/api/partnerships/{partnershipId}", produces = MediaType.APPLICATION_JSON_VALUE)
class LedgerController {

    private final LedgerReads reads;

    LedgerController(LedgerReads reads) {
        this.reads = reads;
    }

    @GetMapping("/dashboard")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    DashboardView dashboard(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) @Min(0) Long atVersion,
                            @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return DashboardView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/health")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    HealthView health(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) @Min(0) Long atVersion,
                      @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return Health.of(read.ledger(), read.at(), read.stale());
    }
}
