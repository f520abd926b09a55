package org.partnerledger.command.partnership.roster;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.engagement.RecordGrantCommand;
import org.partnerledger.command.partnership.raci.DefineRaciAreaCommand;
import org.partnerledger.events.AuditorAccessGrantedEvent;
import org.partnerledger.events.PartnershipConcludedEvent;
import org.partnerledger.events.PartnershipFormedEvent;

import java.time.LocalDate;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partner;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

/** A concluded partnership refuses every command, whichever part would have handled it. */
class ConclusionTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd");
    private static final PartnershipConcludedEvent CONCLUDED = new PartnershipConcludedEvent(ID, "Goals met");
    private static final String AREA = "3c9e1f2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String GRANT = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";
    private static final String AUDITOR = "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a";

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void concludingAPartnershipConcludesIt() {
        fixture.given(FORMED)
                .when(new ConcludePartnershipCommand(ID, null, "Goals met"))
                .expectEvents(CONCLUDED)
                .expectResultMessagePayload(new CommandResult(null, 1));
    }

    @Test
    void concludingAConcludedPartnershipIsRejected() {
        fixture.given(FORMED, CONCLUDED)
                .when(new ConcludePartnershipCommand(ID, null, "Again"))
                .expectException(rejectedWith("PARTNERSHIP_CONCLUDED"))
                .expectNoEvents();
    }

    @Test
    void aCommandOfTheRaciPartIsRejectedAfterConclusion() {
        fixture.given(FORMED, CONCLUDED)
                .when(new DefineRaciAreaCommand(ID, null, AREA, "Training", "Job training"))
                .expectException(rejectedWith("PARTNERSHIP_CONCLUDED"))
                .expectNoEvents();
    }

    @Test
    void aCommandOfTheEngagementPartIsRejectedAfterConclusion() {
        fixture.given(FORMED, CONCLUDED)
                .when(new RecordGrantCommand(ID, null, GRANT, AREA, "Department of Labor", "HG-1",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .expectException(rejectedWith("PARTNERSHIP_CONCLUDED"))
                .expectNoEvents();
    }

    @Test
    void aCommandOfTheAuditorsPartIsRejectedAfterConclusion() {
        fixture.given(FORMED, new AuditorAccessGrantedEvent(ID, AUDITOR, null), CONCLUDED)
                .when(new RevokeAuditorAccessCommand(ID, null, AUDITOR, "The audit is complete"))
                .expectException(rejectedWith("PARTNERSHIP_CONCLUDED"))
                .expectNoEvents();
    }

    @Test
    void aCommandOfTheRootIsRejectedAfterConclusion() {
        fixture.given(FORMED, CONCLUDED)
                .when(new AdmitPartnerCommand(ID, null, partner("county")))
                .expectException(rejectedWith("PARTNERSHIP_CONCLUDED"))
                .expectNoEvents();
    }

    @Test
    void theConclusionIsTheRefusalEvenOfACommandThatNamesAStranger() {
        fixture.given(FORMED, CONCLUDED)
                .when(new WithdrawPartnerCommand(ID, null, "county", "Never joined"))
                .expectException(rejectedWith("PARTNERSHIP_CONCLUDED"))
                .expectNoEvents();
    }
}
