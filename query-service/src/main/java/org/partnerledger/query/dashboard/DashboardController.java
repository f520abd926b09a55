package org.partnerledger.query.dashboard;

import org.partnerledger.query.PartnershipNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The coordinators' dashboard: their partnerships, and each one's decisions, actions and conflicts. */
@RestController
@RequestMapping(path = "/api/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
class DashboardController {

    private final DashboardQueries queries;
    private final Clock clock;

    DashboardController(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    List<PartnershipListItemView> partnerships() {
        return queries.partnerships();
    }

    @GetMapping("/{id}")
    PartnershipView partnership(@PathVariable UUID id) {
        return queries.partnership(id, today()).orElseThrow(() -> new PartnershipNotFoundException(id));
    }

    @GetMapping("/{id}/decisions")
    List<DecisionView> decisions(@PathVariable UUID id) {
        return known(id, queries.decisions(id));
    }

    @GetMapping("/{id}/actions")
    List<ActionView> actions(@PathVariable UUID id) {
        return known(id, queries.actions(id, today()));
    }

    @GetMapping("/{id}/conflicts")
    List<ConflictView> conflicts(@PathVariable UUID id) {
        return known(id, queries.conflicts(id));
    }

    /** An empty list is an answer only for a partnership the dashboard knows. */
    private <T> List<T> known(UUID id, List<T> items) {
        if (items.isEmpty() && !queries.exists(id)) {
            throw new PartnershipNotFoundException(id);
        }
        return items;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
