package org.partnerledger.command.partnership.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.CheckInRecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;
import static org.partnerledger.command.partnership.meeting.MeetingsTest.FORMED;
import static org.partnerledger.command.partnership.meeting.MeetingsTest.ID;
import static org.partnerledger.command.partnership.meeting.MeetingsTest.NOW;
import static org.partnerledger.command.partnership.meeting.MeetingsTest.TODAY;

class CheckInsTest {

    private static final String CHECK_IN = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.at(NOW);
    }

    @Test
    void recordingACheckInBetweenTwoPartnersRecordsIt() {
        fixture.given(FORMED)
                .when(checkIn(List.of("abc", "rcsd"), TODAY))
                .expectEvents(new CheckInRecordedEvent(ID, CHECK_IN, List.of("abc", "rcsd"), TODAY, "PHONE",
                        "Counsel is reviewing the draft"))
                .expectResultMessagePayload(new CommandResult(CHECK_IN, 1));
    }

    @Test
    void aCheckInOnADayThatHasBegunSomewhereOnEarthIsAccepted() {
        fixture.given(FORMED)
                .when(checkIn(List.of("abc", "rcsd"), TODAY.plusDays(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCheckInOnADayThatHasBegunNowhereIsRejected() {
        fixture.given(FORMED)
                .when(checkIn(List.of("abc", "rcsd"), TODAY.plusDays(2)))
                .expectException(rejectedWith("CHECK_IN_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void aCheckInOfOnePartnerIsRejected() {
        fixture.given(FORMED)
                .when(checkIn(List.of("abc"), TODAY))
                .expectException(rejectedWith("CHECK_IN_NEEDS_TWO_PARTNERS"))
                .expectNoEvents();
    }

    @Test
    void aCheckInThatNamesAPartnerTwiceIsRejected() {
        fixture.given(FORMED)
                .when(checkIn(List.of("abc", "rcsd", "abc"), TODAY))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void aCheckInWithAStrangerIsRejected() {
        fixture.given(FORMED)
                .when(checkIn(List.of("abc", "county"), TODAY))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    private static RecordCheckInCommand checkIn(List<String> partners, LocalDate occurredOn) {
        return new RecordCheckInCommand(ID, null, CHECK_IN, partners, occurredOn, CheckInChannel.PHONE,
                "Counsel is reviewing the draft");
    }
}
