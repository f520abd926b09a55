package org.partnerledger.command.partnership;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * A command a member of a partner organisation may issue, when it is their own partner's business: a decision
 * their partner takes part in, an action it is responsible for, a metric it collects... Every other command is the
 * coordinator's alone (ADR 14). The partnership checks this from its own state, whatever the HTTP edge let through.
 */
public interface PartnerCommand {

    /** The partners whose business the command is, as it names them or the partnership's parts know them. */
    Collection<String> concernedPartners(ItemOwners owners);

    /** Who holds the partnership's items, for commands that name an item rather than a partner. */
    interface ItemOwners {

        /** The partner responsible for an open action, if the action is open. */
        Optional<String> responsibleFor(String actionId);

        /** The partners that collect a metric's measurements; empty for an unknown metric. */
        Set<String> collectorsOf(String metricId);
    }
}
