package org.partnerledger.command.partnership.roster;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.AuditorAccessGrantedEvent;
import org.partnerledger.events.AuditorAccessRevokedEvent;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The auditor organisations the partnership gives access to, by organisation id. Access is granted by the
 * partnership, which also holds the partners an auditor must not be one of; it is revoked here.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Auditors {

    private final Set<String> granted = new HashSet<>();

    public Auditors() {
        // no auditor before the partnership is formed
    }

    /** Whether the organisation has auditor access now. */
    public boolean hasAccess(String organisationId) {
        return granted.contains(organisationId);
    }

    @CommandHandler
    CommandResult handle(RevokeAuditorAccessCommand command) {
        if (!hasAccess(command.organisationId())) {
            throw RosterRejection.auditorNotGranted(command.organisationId());
        }
        apply(new AuditorAccessRevokedEvent(command.partnershipId(), command.organisationId(), command.reason()));
        return new CommandResult(command.organisationId(), getVersion());
    }

    @EventSourcingHandler
    void on(AuditorAccessGrantedEvent event) {
        granted.add(event.auditorOrganisationId());
    }

    @EventSourcingHandler
    void on(AuditorAccessRevokedEvent event) {
        granted.remove(event.auditorOrganisationId());
    }
}
