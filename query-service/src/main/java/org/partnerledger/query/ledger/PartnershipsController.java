package org.partnerledger.query.ledger;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
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

    @GetMapping("/{partnershipId}")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    PartnershipView partnership(@PathVariable UUID partnershipId) {
        return PartnershipView.of(live(partnershipId), clock.instant());
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
