package org.partnerledger.query.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.partnerledger.web.security.Standing.AUDITOR;
import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/**
 * Every partnership the reader stands in at a glance: sorted and paged in SQL, the figures of the page's
 * partnerships only computed from their ledgers, as their dashboards and health compute them.
 */
@RestController
@Validated
class PortfolioController {

    private final PortfolioQueries queries;
    private final Clock clock;

    PortfolioController(PortfolioQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(path = "/api/portfolio", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    PortfolioView portfolio(@RequestParam(defaultValue = "lastActivity") String sort,
                            @RequestParam(defaultValue = "desc") String order,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (!PortfolioQueries.SORTS.containsKey(sort)) {
            throw LedgerRejection.invalidParameter("sort must be one of name, lastActivity or version.");
        }
        if (!order.equals("asc") && !order.equals("desc")) {
            throw LedgerRejection.invalidParameter("order must be asc or desc.");
        }
        Caller caller = Caller.current().orElseThrow();
        Instant now = clock.instant();
        PortfolioQueries.Page found = queries.page(caller.organisationId(), caller.role(), sort,
                order.equals("desc"), page, size);
        return new PortfolioView(page, size, found.total(), sort, order, now,
                found.ledgers().stream().map(ledger -> item(ledger, now)).toList());
    }

    private static PortfolioView.Item item(Ledger ledger, Instant now) {
        HealthView health = Health.of(ledger, now, false);
        Figures figures = new Figures(ledger, now);
        Map<String, HealthView.Status> practices = new LinkedHashMap<>();
        health.practices().forEach(practice -> practices.put(practice.practice(), practice.status()));
        return new PortfolioView.Item(UUID.fromString(ledger.partnershipId), ledger.name, ledger.version,
                ledger.lastEventAt, health.overall(), practices, figures.openActions(), figures.overdueActions(),
                figures.openConflicts(), figures.decisionsInLast(90));
    }
}
