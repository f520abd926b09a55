package org.partnerledger.command.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.partnerledger.command.partnership.PartnershipRejection;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.web.Rejection;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.AccessTable;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.security.PartnershipDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who each partnership admits, as the command side's HTTP edge asks before a command is sent. Written by a
 * subscribing processor in the very transaction that stores the events, so the next command of whoever just formed
 * a partnership (or was just admitted to one) finds them admitted.
 */
@Component
@ProcessingGroup(PartnershipAccess.PROCESSING_GROUP)
class PartnershipAccess implements PartnershipDirectory {

    static final String PROCESSING_GROUP = "partnership-access";

    private final AccessTable table;

    PartnershipAccess(JdbcClient jdbc) {
        this.table = new AccessTable(jdbc);
    }

    @EventHandler
    void on(PartnershipEvent event) {
        table.apply(event.partnershipId(), AccessChange.of(event));
    }

    @Override
    public Set<Capacity> capacities(String partnershipId, String organisationId) {
        return table.capacities(partnershipId, organisationId);
    }

    @Override
    public Rejection notFound(String partnershipId) {
        return PartnershipRejection.notFound(partnershipId);
    }
}
