package org.partnerledger.command.partnership.raci;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;

import java.util.List;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class RaciMatrixTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd", "county", "uwr");
    private static final String AREA = "3c9e1f2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String OTHER_AREA = "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final RaciAreaDefinedEvent DEFINED = new RaciAreaDefinedEvent(ID, AREA, "Training", "Job training");
    private static final RaciRolesAssignedEvent ASSIGNED = new RaciRolesAssignedEvent(ID, AREA,
            List.of("rcsd", "uwr"), "abc", List.of("county"), List.of(), "The district runs the classes");

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void definingAnAreaOfWorkDefinesIt() {
        fixture.given(FORMED)
                .when(new DefineRaciAreaCommand(ID, null, AREA, "Training", "Job training"))
                .expectEvents(DEFINED)
                .expectResultMessagePayload(new CommandResult(AREA, 1));
    }

    @Test
    void assigningTheRolesOfAnAreaAssignsThem() {
        fixture.given(FORMED, DEFINED)
                .when(assign(List.of("rcsd", "uwr"), "abc", List.of("county"), List.of()))
                .expectEvents(ASSIGNED)
                .expectResultMessagePayload(new CommandResult(AREA, 2));
    }

    @Test
    void assigningDifferentRolesLaterReassignsThem() {
        fixture.given(FORMED, DEFINED, ASSIGNED)
                .when(assign(List.of("rcsd"), "county", List.of(), List.of("abc")))
                .expectEvents(new RaciRolesAssignedEvent(ID, AREA, List.of("rcsd"), "county", List.of(),
                        List.of("abc"), "The district runs the classes"));
    }

    @Test
    void assigningTheSameRolesAgainInAnotherOrderIsRejected() {
        fixture.given(FORMED, DEFINED, ASSIGNED)
                .when(assign(List.of("uwr", "rcsd"), "abc", List.of("county"), List.of()))
                .expectException(rejectedWith("RACI_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void aPartnerInTwoRolesOfOneAreaIsRejected() {
        fixture.given(FORMED, DEFINED)
                .when(assign(List.of("rcsd"), "abc", List.of("abc"), List.of()))
                .expectException(rejectedWith("RACI_ROLE_CONFLICT"))
                .expectNoEvents();
    }

    @Test
    void aPartnerNamedTwiceInOneRoleIsRejected() {
        fixture.given(FORMED, DEFINED)
                .when(assign(List.of("rcsd", "rcsd"), "abc", List.of(), List.of()))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void anAreaWithoutAResponsiblePartnerIsRejected() {
        fixture.given(FORMED, DEFINED)
                .when(assign(List.of(), "abc", List.of(), List.of()))
                .expectException(rejectedWith("RACI_RESPONSIBLE_MISSING"))
                .expectNoEvents();
    }

    @Test
    void assigningTheRolesOfAnUnknownAreaIsRejected() {
        fixture.given(FORMED, DEFINED)
                .when(new AssignRaciRolesCommand(ID, null, OTHER_AREA, List.of("rcsd"), "abc", List.of(),
                        List.of(), null))
                .expectException(rejectedWith("RACI_AREA_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void assigningARoleToAnOrganisationThatIsNotAPartnerIsRejected() {
        fixture.given(FORMED, DEFINED)
                .when(assign(List.of("rcsd"), "abc", List.of(), List.of("stranger")))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    private static AssignRaciRolesCommand assign(List<String> responsible, String accountable,
                                                 List<String> consulted, List<String> informed) {
        return new AssignRaciRolesCommand(ID, null, AREA, responsible, accountable, consulted, informed,
                "The district runs the classes");
    }
}
