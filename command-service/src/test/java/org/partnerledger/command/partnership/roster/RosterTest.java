package org.partnerledger.command.partnership.roster;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;
import org.partnerledger.web.testing.TestCaller;

import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partner;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.PartnershipFixtures.sentBy;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class RosterTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd");
    private static final String AREA = "3c9e1f2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String ACTION = "a3b1c9d2-7e64-4f0a-b5c8-9d2e1f3a4b5c";
    private static final Partner COUNTY = new Partner("county", "Monroe County",
            "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "PUBLIC");

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void admittingAnOrganisationMakesItAPartner() {
        fixture.given(FORMED)
                .when(new AdmitPartnerCommand(ID, null, COUNTY))
                .expectEvents(new PartnerAdmittedEvent(ID, COUNTY))
                .expectResultMessagePayload(new CommandResult("county", 1));
    }

    @Test
    void admittingAnIdThatIsAlreadyAPartnerIsRejected() {
        fixture.given(FORMED)
                .when(new AdmitPartnerCommand(ID, null, new Partner("rcsd", "Other", COUNTY.organisationId(), null)))
                .expectException(rejectedWith("PARTNER_ALREADY_ADMITTED"))
                .expectNoEvents();
    }

    @Test
    void admittingAnOrganisationThatIsAlreadyAPartnerUnderAnotherIdIsRejected() {
        fixture.given(FORMED)
                .when(new AdmitPartnerCommand(ID, null, new Partner("schools", "Schools",
                        Partner.derivedOrganisationId("rcsd"), null)))
                .expectException(rejectedWith("ORGANISATION_ALREADY_A_PARTNER"))
                .expectNoEvents();
    }

    @Test
    void anAdmittedPartnerPassesThePartnerCheckOfLaterCommands() {
        fixture.given(FORMED, new PartnerAdmittedEvent(ID, COUNTY))
                .when(new AppointCoordinatorCommand(ID, null, "county", null))
                .expectEvents(new CoordinatorAppointedEvent(ID, "county", null));
    }

    @Test
    void withdrawingAPartnerWithdrawsIt() {
        fixture.given(FORMED)
                .when(new WithdrawPartnerCommand(ID, null, "rcsd", "Priorities changed"))
                .expectEvents(new PartnerWithdrawnEvent(ID, "rcsd", "Priorities changed"))
                .expectResultMessagePayload(new CommandResult("rcsd", 1));
    }

    @Test
    void aWithdrawnPartnerNoLongerPassesThePartnerCheck() {
        fixture.given(FORMED, new PartnerWithdrawnEvent(ID, "rcsd", "Priorities changed"))
                .when(new AppointCoordinatorCommand(ID, null, "rcsd", null))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnerMayBeAdmittedAgain() {
        fixture.given(FORMED, new PartnerWithdrawnEvent(ID, "rcsd", "Priorities changed"))
                .when(new AdmitPartnerCommand(ID, null, partner("rcsd")))
                .expectEvents(new PartnerAdmittedEvent(ID, partner("rcsd")));
    }

    @Test
    void withdrawingAnOrganisationThatIsNotAPartnerIsRejected() {
        fixture.given(FORMED)
                .when(new WithdrawPartnerCommand(ID, null, "county", "Never joined"))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void withdrawingTheCoordinatorIsRejected() {
        fixture.given(FORMED)
                .when(new WithdrawPartnerCommand(ID, null, "abc", "Leaving"))
                .expectException(rejectedWith("COORDINATOR_CANNOT_WITHDRAW"))
                .expectNoEvents();
    }

    @Test
    void theFormerCoordinatorMayWithdrawOnceAnotherIsAppointed() {
        fixture.given(FORMED, new CoordinatorAppointedEvent(ID, "rcsd", null))
                .when(new WithdrawPartnerCommand(ID, null, "abc", "Leaving"), sentBy(TestCaller.OTHER_COORDINATOR))
                .expectEvents(new PartnerWithdrawnEvent(ID, "abc", "Leaving"));
    }

    @Test
    void withdrawingTheLastPartnerIsRejected() {
        fixture.given(formedBy("abc"))
                .when(new WithdrawPartnerCommand(ID, null, "abc", "Leaving"))
                .expectException(rejectedWith("LAST_PARTNER_CANNOT_WITHDRAW"))
                .expectNoEvents();
    }

    @Test
    void withdrawingThePartnerAccountableForAnAreaOfWorkIsRejected() {
        fixture.given(FORMED, new RaciAreaDefinedEvent(ID, AREA, "Training", "Job training"),
                        new RaciRolesAssignedEvent(ID, AREA, List.of("abc"), "rcsd", List.of(), List.of(), null))
                .when(new WithdrawPartnerCommand(ID, null, "rcsd", "Leaving"))
                .expectException(rejectedWith("PARTNER_SOLE_ACCOUNTABLE"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAPartnerResponsibleForAnOpenActionIsRejected() {
        fixture.given(FORMED, assigned("rcsd", "abc"))
                .when(new WithdrawPartnerCommand(ID, null, "rcsd", "Leaving"))
                .expectException(rejectedWith("PARTNER_HOLDS_OPEN_ACTIONS"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAPartnerAccountableForAnOpenActionIsRejected() {
        fixture.given(FORMED, assigned("abc", "rcsd"))
                .when(new WithdrawPartnerCommand(ID, null, "rcsd", "Leaving"))
                .expectException(rejectedWith("PARTNER_HOLDS_OPEN_ACTIONS"))
                .expectNoEvents();
    }

    @Test
    void aPartnerWhoseActionsAreClosedMayWithdraw() {
        fixture.given(FORMED, assigned("rcsd", "abc"),
                        new ActionCompletedEvent(ID, ACTION, "Done", LocalDate.of(2026, 11, 20)))
                .when(new WithdrawPartnerCommand(ID, null, "rcsd", "Leaving"))
                .expectEvents(new PartnerWithdrawnEvent(ID, "rcsd", "Leaving"));
    }

    @Test
    void aPartnerNoLongerAccountableAfterAReassignmentMayWithdraw() {
        fixture.given(FORMED, new RaciAreaDefinedEvent(ID, AREA, "Training", "Job training"),
                        new RaciRolesAssignedEvent(ID, AREA, List.of("abc"), "rcsd", List.of(), List.of(), null),
                        new RaciRolesAssignedEvent(ID, AREA, List.of("rcsd"), "abc", List.of(), List.of(), null))
                .when(new WithdrawPartnerCommand(ID, null, "rcsd", "Leaving"))
                .expectEvents(new PartnerWithdrawnEvent(ID, "rcsd", "Leaving"));
    }

    @Test
    void appointingACoordinatorWithItsPersonAppointsThem() {
        fixture.given(FORMED)
                .when(new AppointCoordinatorCommand(ID, null, "rcsd", "auth0|5f8a"))
                .expectEvents(new CoordinatorAppointedEvent(ID, "rcsd", "auth0|5f8a"))
                .expectResultMessagePayload(new CommandResult("rcsd", 1));
    }

    @Test
    void appointingTheSameCoordinatorAndPersonAgainIsRejected() {
        fixture.given(FORMED, new CoordinatorAppointedEvent(ID, "rcsd", "auth0|5f8a"))
                .when(new AppointCoordinatorCommand(ID, null, "rcsd", "auth0|5f8a"),
                        sentBy(TestCaller.OTHER_COORDINATOR))
                .expectException(rejectedWith("COORDINATOR_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void appointingTheFoundingCoordinatorsPersonIsAChange() {
        fixture.given(FORMED)
                .when(new AppointCoordinatorCommand(ID, null, "abc", "auth0|5f8a"))
                .expectEvents(new CoordinatorAppointedEvent(ID, "abc", "auth0|5f8a"));
    }

    @Test
    void appointingAnOrganisationThatIsNotAPartnerIsRejected() {
        fixture.given(FORMED)
                .when(new AppointCoordinatorCommand(ID, null, "county", null))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    /** An action assigned by the minutes or the actions endpoint alike: the part keeps it open from this event. */
    private static ActionAssignedEvent assigned(String responsible, String accountable) {
        return new ActionAssignedEvent(ID, ACTION, "Draft the MOU", responsible, accountable, List.of(), List.of(),
                LocalDate.of(2027, 1, 15), null);
    }
}
