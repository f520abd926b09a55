package org.partnerledger.command.partnership;

import org.partnerledger.events.Partner;
import org.partnerledger.events.Vision;

import java.util.List;

record FormPartnershipCommand(String partnershipId, String name, Vision vision, List<Partner> partners,
                              String coordinator, String purpose) {
}
