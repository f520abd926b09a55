package org.partnerledger.query.funder;

import java.time.LocalDate;
import java.util.List;

/** What documents a partnership for a monitoring visit: its purpose, its partners and its agreements. */
record DocumentationView(String partnershipId, long version, String name, String purpose,
                         List<FunderView.PartnerView> partners, List<AgreementView> agreements) {

    record AgreementView(String agreementId, String kind, String title, LocalDate signedOn, LocalDate effectiveOn,
                         LocalDate reviewBy, LocalDate terminatedOn) {
    }
}
