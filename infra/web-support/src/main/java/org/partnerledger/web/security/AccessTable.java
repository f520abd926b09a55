package org.partnerledger.web.security;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code partnership_access} table each service keeps (with its own migration): a row per capacity in which
 * a partnership admits an organisation. Writes are idempotent, so an event applied twice changes nothing more.
 */
public class AccessTable {

    private final JdbcClient jdbc;

    public AccessTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Capacity> capacities(String partnershipId, String organisationId) {
        Set<Capacity> held = EnumSet.noneOf(Capacity.class);
        jdbc.sql("SELECT capacity FROM partnership_access WHERE partnership_id = ? AND organisation_id = ?")
                .params(partnershipId, organisationId)
                .query(String.class).list()
                .forEach(capacity -> held.add(Capacity.valueOf(capacity)));
        return held;
    }

    public void apply(String partnershipId, List<AccessChange> changes) {
        changes.forEach(change -> apply(partnershipId, change));
    }

    private void apply(String partnershipId, AccessChange change) {
        if (change instanceof AccessChange.Admitted admitted) {
            jdbc.sql("""
                            INSERT INTO partnership_access (partnership_id, organisation_id, capacity, partner_id)
                            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(partnershipId, admitted.organisationId(), admitted.capacity().name(),
                            admitted.partnerId())
                    .update();
        } else if (change instanceof AccessChange.PartnerLeft left) {
            jdbc.sql("DELETE FROM partnership_access WHERE partnership_id = ? AND partner_id = ?")
                    .params(partnershipId, left.partnerId())
                    .update();
        } else if (change instanceof AccessChange.CoordinationMoved moved) {
            jdbc.sql("DELETE FROM partnership_access WHERE partnership_id = ? AND capacity = 'COORDINATING'")
                    .param(partnershipId)
                    .update();
            jdbc.sql("""
                            INSERT INTO partnership_access (partnership_id, organisation_id, capacity, partner_id)
                            SELECT partnership_id, organisation_id, 'COORDINATING', partner_id
                            FROM partnership_access
                            WHERE partnership_id = ? AND partner_id = ? AND capacity = 'PARTNER'""")
                    .params(partnershipId, moved.partnerId())
                    .update();
        } else if (change instanceof AccessChange.Revoked revoked) {
            jdbc.sql("""
                            DELETE FROM partnership_access
                            WHERE partnership_id = ? AND organisation_id = ? AND capacity = ?""")
                    .params(partnershipId, revoked.organisationId(), revoked.capacity().name())
                    .update();
        }
    }
}
