package org.partnerledger.command.partnership.vision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.PurposeStatedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionReaffirmedEvent;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.events.VisionRevisitIntervalSetEvent;

import java.util.List;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.PURPOSE;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class VisionUpkeepTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd");
    private static final String NEW_PURPOSE = "Help working families in the county reach self-sufficiency";

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void statingANewPurposeStatesIt() {
        fixture.given(FORMED)
                .when(new StatePurposeCommand(ID, null, NEW_PURPOSE))
                .expectEvents(new PurposeStatedEvent(ID, NEW_PURPOSE))
                .expectResultMessagePayload(new CommandResult(null, 1));
    }

    @Test
    void statingThePurposeThePartnershipWasFormedWithIsRejected() {
        fixture.given(FORMED)
                .when(new StatePurposeCommand(ID, null, PURPOSE))
                .expectException(rejectedWith("PURPOSE_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void statingTheLastStatedPurposeAgainIsRejected() {
        fixture.given(FORMED, new PurposeStatedEvent(ID, NEW_PURPOSE))
                .when(new StatePurposeCommand(ID, null, NEW_PURPOSE))
                .expectException(rejectedWith("PURPOSE_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void reaffirmingTheVisionNamesTheRevisionReaffirmed() {
        fixture.given(FORMED)
                .when(new ReaffirmVisionCommand(ID, null, List.of("abc", "rcsd"), "Still our north star"))
                .expectEvents(new VisionReaffirmedEvent(ID, 1, List.of("abc", "rcsd"), "Still our north star"))
                .expectResultMessagePayload(new CommandResult(null, 1));
    }

    @Test
    void reaffirmingARevisedVisionNamesItsRevision() {
        fixture.given(FORMED, new VisionRevisedEvent(ID, 2, new Vision("The county", List.of()), "It joined"))
                .when(new ReaffirmVisionCommand(ID, null, List.of("rcsd"), null))
                .expectEvents(new VisionReaffirmedEvent(ID, 2, List.of("rcsd"), null));
    }

    @Test
    void reaffirmingWithoutParticipantsIsRejected() {
        fixture.given(FORMED)
                .when(new ReaffirmVisionCommand(ID, null, List.of(), null))
                .expectException(rejectedWith("REAFFIRMATION_NEEDS_PARTICIPANTS"))
                .expectNoEvents();
    }

    @Test
    void reaffirmingWithAParticipantNamedTwiceIsRejected() {
        fixture.given(FORMED)
                .when(new ReaffirmVisionCommand(ID, null, List.of("abc", "abc"), null))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void reaffirmingWithAnOrganisationThatIsNotAPartnerIsRejected() {
        fixture.given(FORMED)
                .when(new ReaffirmVisionCommand(ID, null, List.of("abc", "county"), null))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void settingTheRevisitIntervalSetsIt() {
        fixture.given(FORMED)
                .when(new SetVisionRevisitIntervalCommand(ID, null, 60, "Every five years"))
                .expectEvents(new VisionRevisitIntervalSetEvent(ID, 60, "Every five years"));
    }

    @Test
    void aRevisitIntervalOfNoMonthsIsRejected() {
        fixture.given(FORMED)
                .when(new SetVisionRevisitIntervalCommand(ID, null, 0, null))
                .expectException(rejectedWith("REVISIT_INTERVAL_OUT_OF_RANGE"))
                .expectNoEvents();
    }

    @Test
    void aRevisitIntervalOfMoreThanFiveYearsIsRejected() {
        fixture.given(FORMED)
                .when(new SetVisionRevisitIntervalCommand(ID, null, 61, null))
                .expectException(rejectedWith("REVISIT_INTERVAL_OUT_OF_RANGE"))
                .expectNoEvents();
    }
}
