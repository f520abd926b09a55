package org.partnerledger.query.access;

import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.web.Rejection;
import org.partnerledger.web.security.AccessTable;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.security.PartnershipDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * Who each partnership admits, as the query side's HTTP edge asks before a view is read: what the access read model
 * holds. A partnership that does not admit the caller is answered as the views answer one they do not hold.
 */
@Component
class PartnershipAccess implements PartnershipDirectory {

    private final AccessTable table;

    PartnershipAccess(JdbcClient jdbc) {
        this.table = new AccessTable(jdbc);
    }

    @Override
    public Set<Capacity> capacities(String partnershipId, String organisationId) {
        return table.capacities(partnershipId, organisationId);
    }

    /** The edge asks only about ids that are UUIDs. */
    @Override
    public Rejection notFound(String partnershipId) {
        return new PartnershipNotFoundException(UUID.fromString(partnershipId));
    }
}
