package org.partnerledger.query.ledger;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.query.calendar.Today;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.partnerledger.web.security.Standing.AUDITOR;
import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/**
 * The API's first reads, kept as they were: the caller's partnerships, and each one's summary, decisions, actions
 * and conflicts, from the live ledger with the figures every view shares. Partners and auditors read them as
 * coordinators do; funders and admins do not.
 */
@RestController
@RequestMapping(path = "/api/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
class PartnershipsController {

    /** Kept by the caller only, and asked again each time: the tag makes asking cheap. */
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final PortfolioQueries lists;
    private final LiveLedgers ledgers;
    private final Clock clock;

    PartnershipsController(PortfolioQueries lists, LiveLedgers ledgers, Clock clock) {
        this.lists = lists;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** Only the partnerships the caller stands in: listing others would tell that they exist. */
    @GetMapping
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    List<PartnershipListItemView> partnerships() {
        Caller caller = Caller.current().orElseThrow();
        return lists.list(caller.organisationId(), caller.role());
    }

    /**
     * Answered 304 to a client whose {@code If-None-Match} names the version it holds, on the same day: the view
     * changes only with the ledger's version and with the day its overdue actions are judged by, so a client that
     * polls for a change (such as the bench's lag probes) costs one indexed row instead of the whole view.
     */
    @GetMapping("/{partnershipId}")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ResponseEntity<PartnershipView> partnership(@PathVariable UUID partnershipId, WebRequest request) {
        long version = ledgers.version(partnershipId).orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
        Instant now = clock.instant();
        String tag = "\"%d-%s\"".formatted(version, Today.at(now));
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).cacheControl(REVALIDATE).build();
        }
        Ledger ledger = ledgers.at(partnershipId, version)
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
        return ResponseEntity.ok().eTag(tag).cacheControl(REVALIDATE).body(PartnershipView.of(ledger, now));
    }

    @GetMapping("/{partnershipId}/decisions")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    List<DecisionView> decisions(@PathVariable UUID partnershipId) {
        return DecisionView.of(live(partnershipId));
    }

    @GetMapping("/{partnershipId}/actions")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    List<ActionView> actions(@PathVariable UUID partnershipId) {
        return ActionView.of(live(partnershipId), clock.instant());
    }

    @GetMapping("/{partnershipId}/conflicts")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    List<ConflictView> conflicts(@PathVariable UUID partnershipId) {
        return ConflictView.of(live(partnershipId));
    }

    private Ledger live(UUID partnershipId) {
        return ledgers.find(partnershipId).orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
    }
}
