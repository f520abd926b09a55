package org.partnerledger.web.security;

import org.partnerledger.events.AuditorAccessGrantedEvent;
import org.partnerledger.events.AuditorAccessRevokedEvent;
import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What an event changes in who a partnership admits: the one fold both services apply to their access tables
 * ({@link AccessTable}), so that the command side and the query side admit the same people.
 */
public sealed interface AccessChange {

    /** The changes an event makes, in the order they apply; none for most events. */
    static List<AccessChange> of(PartnershipEvent event) {
        if (event instanceof PartnershipFormedEvent formed) {
            List<AccessChange> changes = new ArrayList<>();
            formed.partners().forEach(partner ->
                    changes.add(new Admitted(partner.organisationId(), Capacity.PARTNER, partner.id())));
            changes.add(new CoordinationMoved(formed.coordinator()));
            return changes;
        }
        if (event instanceof PartnerAdmittedEvent admitted) {
            return List.of(new Admitted(admitted.partner().organisationId(), Capacity.PARTNER,
                    admitted.partner().id()));
        }
        if (event instanceof PartnerWithdrawnEvent withdrawn) {
            return List.of(new PartnerLeft(withdrawn.partner()));
        }
        if (event instanceof CoordinatorAppointedEvent appointed) {
            return List.of(new CoordinationMoved(appointed.coordinator()));
        }
        if (event instanceof GrantRecordedEvent grant) {
            return List.of(new Admitted(grant.funderOrganisationId(), Capacity.FUNDER, null));
        }
        if (event instanceof AuditorAccessGrantedEvent granted) {
            return List.of(new Admitted(granted.auditorOrganisationId(), Capacity.AUDITOR, null));
        }
        if (event instanceof AuditorAccessRevokedEvent revoked) {
            return List.of(new Revoked(revoked.auditorOrganisationId(), Capacity.AUDITOR));
        }
        return List.of();
    }

    /** @param partnerId the partner's short id when admitted as a partner, else {@code null} */
    record Admitted(String organisationId, Capacity capacity, String partnerId) implements AccessChange {
    }

    /** The partner left: its organisation keeps no partner's capacity. */
    record PartnerLeft(String partnerId) implements AccessChange {
    }

    /** The partner with this short id coordinates from now on, in place of whichever did. */
    record CoordinationMoved(String partnerId) implements AccessChange {
    }

    record Revoked(String organisationId, Capacity capacity) implements AccessChange {
    }
}
