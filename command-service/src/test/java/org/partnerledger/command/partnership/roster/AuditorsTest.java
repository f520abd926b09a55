package org.partnerledger.command.partnership.roster;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.AuditorAccessGrantedEvent;
import org.partnerledger.events.AuditorAccessRevokedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipFormedEvent;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class AuditorsTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd");
    private static final String AUDITOR = "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a";
    private static final AuditorAccessGrantedEvent GRANTED = new AuditorAccessGrantedEvent(ID, AUDITOR,
            "The 2026 grant year");

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void grantingAnOrganisationAccessMakesItAnAuditor() {
        fixture.given(FORMED)
                .when(new GrantAuditorAccessCommand(ID, null, AUDITOR, "The 2026 grant year"))
                .expectEvents(GRANTED)
                .expectResultMessagePayload(new CommandResult(AUDITOR, 1));
    }

    @Test
    void grantingAnOrganisationThatAlreadyHasAccessIsRejected() {
        fixture.given(FORMED, GRANTED)
                .when(new GrantAuditorAccessCommand(ID, null, AUDITOR, null))
                .expectException(rejectedWith("AUDITOR_ALREADY_GRANTED"))
                .expectNoEvents();
    }

    @Test
    void grantingACurrentPartnerAccessAsAnAuditorIsRejected() {
        fixture.given(FORMED)
                .when(new GrantAuditorAccessCommand(ID, null, Partner.derivedOrganisationId("rcsd"), null))
                .expectException(rejectedWith("AUDITOR_IS_A_PARTNER"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnerMayBeGrantedAccessAsAnAuditor() {
        String schools = Partner.derivedOrganisationId("rcsd");
        fixture.given(FORMED, new PartnerWithdrawnEvent(ID, "rcsd", "Priorities changed"))
                .when(new GrantAuditorAccessCommand(ID, null, schools, null))
                .expectEvents(new AuditorAccessGrantedEvent(ID, schools, null));
    }

    @Test
    void revokingAnAuditorsAccessRevokesIt() {
        fixture.given(FORMED, GRANTED)
                .when(new RevokeAuditorAccessCommand(ID, null, AUDITOR, "The audit is complete"))
                .expectEvents(new AuditorAccessRevokedEvent(ID, AUDITOR, "The audit is complete"))
                .expectResultMessagePayload(new CommandResult(AUDITOR, 2));
    }

    @Test
    void revokingTheAccessOfAnOrganisationThatHasNoneIsRejected() {
        fixture.given(FORMED)
                .when(new RevokeAuditorAccessCommand(ID, null, AUDITOR, null))
                .expectException(rejectedWith("AUDITOR_NOT_GRANTED"))
                .expectNoEvents();
    }

    @Test
    void anAuditorWhoseAccessWasRevokedMayBeGrantedItAgain() {
        fixture.given(FORMED, GRANTED, new AuditorAccessRevokedEvent(ID, AUDITOR, null))
                .when(new GrantAuditorAccessCommand(ID, null, AUDITOR, null))
                .expectEvents(new AuditorAccessGrantedEvent(ID, AUDITOR, null));
    }
}
