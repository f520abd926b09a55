package org.partnerledger.query.ledger;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

import static org.partnerledger.web.security.Standing.AUDITOR;
import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** Live updates: a server-sent event {@code version} for each new version of the partnership's ledger. */
@RestController
class LedgerEventsController {

    private final LedgerVersionFeed feed;
    private final LedgerRepository ledgers;

    LedgerEventsController(LedgerVersionFeed feed, LedgerRepository ledgers) {
        this.feed = feed;
        this.ledgers = ledgers;
    }

    @GetMapping("/api/partnerships/{partnershipId}/events")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    SseEmitter events(@PathVariable UUID partnershipId) {
        if (ledgers.version(partnershipId).isEmpty()) {
            throw new PartnershipNotFoundException(partnershipId);
        }
        return feed.open(partnershipId, Caller.current().orElseThrow());
    }
}
