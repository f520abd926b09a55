package org.partnerledger.infra.crudpeer;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The two endpoints of PartnerLedger's command API that the benchmark drives, taking the same bodies and refusing
 * with the same codes; the actor of the audit log is the token's subject.
 */
@RestController
@RequestMapping("/api/partnerships")
class PartnershipController {

    private final PartnershipStore store;

    PartnershipController(PartnershipStore store) {
        this.store = store;
    }

    record Formed(UUID partnershipId) {
    }

    record DecisionRecorded(UUID decisionId, UUID partnershipId) {
    }

    @PostMapping
    ResponseEntity<Formed> form(@AuthenticationPrincipal Jwt caller,
                                @Valid @RequestBody FormPartnershipRequest request) {
        requireDistinct(request.partnerIds());
        requireCoordinatorAmongPartners(request);
        UUID partnershipId = store.form(caller.getSubject(), request);
        return ResponseEntity.created(URI.create("/api/partnerships/" + partnershipId))
                .body(new Formed(partnershipId));
    }

    @PostMapping("/{partnershipId}/decisions")
    ResponseEntity<DecisionRecorded> recordDecision(@AuthenticationPrincipal Jwt caller,
                                                    @PathVariable UUID partnershipId,
                                                    @Valid @RequestBody RecordDecisionRequest request) {
        requireDistinct(request.decidedBy());
        UUID decisionId = store.recordDecision(caller.getSubject(), partnershipId, request);
        return ResponseEntity.created(URI.create("/api/partnerships/%s/decisions/%s".formatted(partnershipId,
                        decisionId)))
                .body(new DecisionRecorded(decisionId, partnershipId));
    }

    private static void requireDistinct(List<String> partnerIds) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = partnerIds.stream().filter(id -> !seen.add(id)).distinct().sorted().toList();
        if (!repeated.isEmpty()) {
            throw Refusal.partnerDuplicated(repeated);
        }
    }

    private static void requireCoordinatorAmongPartners(FormPartnershipRequest request) {
        if (!request.partnerIds().contains(request.coordinator())) {
            throw Refusal.coordinatorNotAPartner(request.coordinator());
        }
    }
}
