package org.partnerledger.query.dashboard;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.query.Readers;
import org.partnerledger.query.calendar.Today;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.partnerledger.web.security.Standing;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The coordinators' dashboard: their partnerships, and each one's decisions, actions and conflicts. Partners and
 * auditors read it as coordinators do; funders and admins do not.
 */
@RestController
@RequestMapping(path = "/api/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
class DashboardController {

    private final DashboardQueries queries;
    private final Clock clock;

    DashboardController(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Only the partnerships the caller stands in: listing others would tell that they exist. */
    @GetMapping
    @Allow({Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR})
    List<PartnershipListItemView> partnerships() {
        Caller caller = Caller.current().orElseThrow();
        return queries.partnerships(caller.organisationId(), Readers.capacities(caller.role()));
    }

    @GetMapping("/{partnershipId}")
    @Allow({Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR})
    PartnershipView partnership(@PathVariable UUID partnershipId) {
        return queries.partnership(partnershipId, today())
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
    }

    @GetMapping("/{partnershipId}/decisions")
    @Allow({Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR})
    List<DecisionView> decisions(@PathVariable UUID partnershipId) {
        return known(partnershipId, queries.decisions(partnershipId));
    }

    @GetMapping("/{partnershipId}/actions")
    @Allow({Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR})
    List<ActionView> actions(@PathVariable UUID partnershipId) {
        return known(partnershipId, queries.actions(partnershipId, today()));
    }

    @GetMapping("/{partnershipId}/conflicts")
    @Allow({Standing.COORDINATOR, Standing.MEMBER, Standing.AUDITOR})
    List<ConflictView> conflicts(@PathVariable UUID partnershipId) {
        return known(partnershipId, queries.conflicts(partnershipId));
    }

    /** An empty list is an answer only for a partnership the dashboard knows. */
    private <T> List<T> known(UUID partnershipId, List<T> items) {
        if (items.isEmpty() && !queries.exists(partnershipId)) {
            throw new PartnershipNotFoundException(partnershipId);
        }
        return items;
    }

    /** Due dates are judged as every view judges them (docs/figures.md). */
    private LocalDate today() {
        return Today.at(clock.instant());
    }
}
