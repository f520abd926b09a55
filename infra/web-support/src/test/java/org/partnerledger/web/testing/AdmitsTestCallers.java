package org.partnerledger.web.testing;

import org.partnerledger.web.Rejection;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.security.PartnershipDirectory;

import java.util.Map;
import java.util.Set;

/**
 * For edge tests without a database: every partnership admits the {@link TestCaller}s' organisations as a
 * partnership formed by {@link TestCaller#COORDINATOR} with a grant and an auditor would, and no one else.
 */
public class AdmitsTestCallers implements PartnershipDirectory {

    private static final Map<String, Set<Capacity>> CAPACITIES = Map.of(
            TestCaller.COORDINATOR.organisationId(), Set.of(Capacity.COORDINATING, Capacity.PARTNER),
            TestCaller.OTHER_MEMBER.organisationId(), Set.of(Capacity.PARTNER),
            TestCaller.AUDITOR.organisationId(), Set.of(Capacity.AUDITOR),
            TestCaller.FUNDER.organisationId(), Set.of(Capacity.FUNDER));

    @Override
    public Set<Capacity> capacities(String partnershipId, String organisationId) {
        return CAPACITIES.getOrDefault(organisationId, Set.of());
    }

    @Override
    public Rejection notFound(String partnershipId) {
        return new Rejection("PARTNERSHIP_NOT_FOUND", 404, "No partnership %s.".formatted(partnershipId)) {
        };
    }
}
