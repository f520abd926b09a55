package org.partnerledger.query.dashboard;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.VisionRevisedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.fixtures.SampleEvents.action;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

class PartnershipSummaryTest {

    private static final UUID PARTNERSHIP = UUID.randomUUID();

    @Test
    void aFormationStartsTheSummaryAtVisionRevisionOne() {
        PartnershipFormedEvent formed = formed(PARTNERSHIP);

        PartnershipSummary summary = PartnershipSummary.apply(null, formed);

        assertThat(summary.name()).isEqualTo("Rochester Working Families");
        assertThat(summary.vision()).isEqualTo(formed.vision());
        assertThat(summary.visionRevision()).isEqualTo(1);
        assertThat(summary.partners()).extracting(Partner::id).containsExactly("abc", "rcsd");
        assertThat(summary.coordinator()).isEqualTo("abc");
    }

    @Test
    void aRevisedVisionReplacesTheVisionAndItsRevisionAndNothingElse() {
        PartnershipSummary formed = PartnershipSummary.apply(null, formed(PARTNERSHIP));
        VisionRevisedEvent revised = visionRevised(PARTNERSHIP, 2);

        PartnershipSummary summary = PartnershipSummary.apply(formed, revised);

        assertThat(summary.vision()).isEqualTo(revised.vision());
        assertThat(summary.visionRevision()).isEqualTo(2);
        assertThat(summary).usingRecursiveComparison().ignoringFields("vision", "visionRevision").isEqualTo(formed);
    }

    @Test
    void decisionsActionsAndConflictsLeaveTheSummaryAsItIs() {
        PartnershipSummary formed = PartnershipSummary.apply(null, formed(PARTNERSHIP));
        List<PartnershipEvent> items = List.of(decision(PARTNERSHIP, UUID.randomUUID()),
                action(PARTNERSHIP, UUID.randomUUID(), LocalDate.of(2027, 1, 15), null),
                conflict(PARTNERSHIP, UUID.randomUUID()));

        PartnershipSummary summary = formed;
        for (PartnershipEvent item : items) {
            summary = PartnershipSummary.apply(summary, item);
        }

        assertThat(summary).isEqualTo(formed);
    }

    @Test
    void partnersAdmittedAndWithdrawnAndACoordinatorAppointedChangeWhoTheSummaryNames() {
        PartnershipSummary formed = PartnershipSummary.apply(null, formed(PARTNERSHIP));
        Partner county = new Partner("county", "Monroe County", Partner.derivedOrganisationId("county"), "PUBLIC");
        String id = PARTNERSHIP.toString();

        PartnershipSummary summary = PartnershipSummary.apply(formed, new PartnerAdmittedEvent(id, county));
        summary = PartnershipSummary.apply(summary, new CoordinatorAppointedEvent(id, "county", null));
        summary = PartnershipSummary.apply(summary, new PartnerWithdrawnEvent(id, "rcsd", "Grant ended"));

        assertThat(summary.partners()).extracting(Partner::id).containsExactly("abc", "county");
        assertThat(summary.coordinator()).isEqualTo("county");
        assertThat(summary.vision()).isEqualTo(formed.vision());
    }

    @Test
    void anEventBeforeTheFormationIsAProgrammingErrorNotAState() {
        assertThatThrownBy(() -> PartnershipSummary.apply(null, decision(PARTNERSHIP, UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
    }
}
