package org.partnerledger.command.partnership.roster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.events.Partner;

/** Admits an organisation as a partner; the partnership refuses an id or an organisation it already has. */
public record AdmitPartnerCommand(@TargetAggregateIdentifier String partnershipId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  Partner partner) {
}
