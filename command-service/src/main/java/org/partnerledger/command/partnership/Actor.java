package org.partnerledger.command.partnership;

import org.axonframework.messaging.MetaData;
import org.partnerledger.command.eventstore.CommandMetadataProvider;
import org.partnerledger.web.security.Role;

/**
 * Who issued a command, as its metadata says: the partnership's own rules decide on it. A command without one (sent
 * around the HTTP edge) has no role, and so no standing.
 */
record Actor(Role role, String organisationId) {

    static Actor of(MetaData metaData) {
        Object organisation = metaData.get(CommandMetadataProvider.ACTOR_ORGANISATION);
        return new Actor(Role.ofClaim(metaData.get(CommandMetadataProvider.ACTOR_ROLE)).orElse(null),
                organisation == null ? null : organisation.toString());
    }
}
