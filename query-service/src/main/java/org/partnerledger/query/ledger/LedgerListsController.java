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
 * Every list the partners and their auditors read, from the ledger: now, as of a past instant or version, or at
 * least at a version just written, exactly as the dashboard.
 */
@RestController
@Validated
@RequestMapping(path = "/api/partnerships/{partnershipId}", produces = MediaType.APPLICATION_JSON_VALUE)
class LedgerListsController {

    private final LedgerReads reads;

    LedgerListsController(LedgerReads reads) {
        this.reads = reads;
    }

    @GetMapping("/raci")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    RaciView raci(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) @Min(0) Long atVersion,
                  @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return RaciView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/decision-log")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    DecisionLogView decisionLog(@PathVariable UUID partnershipId, @RequestParam(required = false) String q,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String partner,
                                @RequestParam(required = false) String meetingId,
                                @RequestParam(required = false) String superseded,
                                @RequestParam(required = false) String asOf,
                                @RequestParam(required = false) @Min(0) Long atVersion,
                                @RequestParam(required = false) @Min(0) Long minVersion) {
        DecisionSearch search = DecisionSearch.of(q, from, to, partner, meetingId, superseded);
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return DecisionLogView.of(read.ledger(), search, read.at(), read.stale());
    }

    @GetMapping("/action-register")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ActionRegisterView actionRegister(@PathVariable UUID partnershipId,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) @Min(0) Long atVersion,
                                      @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return ActionRegisterView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/conflict-register")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ConflictRegisterView conflictRegister(@PathVariable UUID partnershipId,
                                          @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) @Min(0) Long atVersion,
                                          @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return ConflictRegisterView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/meetings")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    MeetingsView meetings(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                          @RequestParam(required = false) @Min(0) Long atVersion,
                          @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return MeetingsView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/agreements")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    AgreementsView agreements(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                              @RequestParam(required = false) @Min(0) Long atVersion,
                              @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return AgreementsView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/metrics")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    MetricsView metrics(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) @Min(0) Long atVersion,
                        @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return MetricsView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/stories")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    StoriesView stories(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) @Min(0) Long atVersion,
                        @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return StoriesView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/lessons")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    LessonsView lessons(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) @Min(0) Long atVersion,
                        @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return LessonsView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/assets")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    AssetsView assets(@PathVariable UUID partnershipId, @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) @Min(0) Long atVersion,
                      @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return AssetsView.of(read.ledger(), read.at(), read.stale());
    }

    @GetMapping("/vision-history")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    VisionHistoryView visionHistory(@PathVariable UUID partnershipId, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) @Min(0) Long atVersion,
                                    @RequestParam(required = false) @Min(0) Long minVersion) {
        LedgerReads.Read read = reads.read(partnershipId, asOf, atVersion, minVersion);
        return VisionHistoryView.of(read.ledger(), from, to, read.at(), read.stale());
    }
}
