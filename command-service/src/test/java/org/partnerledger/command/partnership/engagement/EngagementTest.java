package org.partnerledger.command.partnership.engagement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.MilestoneCelebratedEvent;
import org.partnerledger.events.PartnerAssetRecordedEvent;
import org.partnerledger.events.PartnerAssetWithdrawnEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.ProgressReportIssuedEvent;
import org.partnerledger.events.SuccessDisseminatedEvent;

import java.time.LocalDate;

import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC_PROPOSED;
import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC;
import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.TODAY;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class EngagementTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd");
    private static final String ITEM = "3c9e1f2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String OTHER = "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final String FUNDER = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final PartnerAssetRecordedEvent ASSET_RECORDED =
            new PartnerAssetRecordedEvent(ID, ITEM, "rcsd", "PLACES", "Classrooms after hours");
    private static final GrantRecordedEvent GRANT_RECORDED =
            new GrantRecordedEvent(ID, ITEM, FUNDER, "Department of Labor", "HG-33050", START, END);

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void celebratingAMilestoneWithItsMetricRecordsIt() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(milestone(TODAY, METRIC, 100.0))
                .expectEvents(new MilestoneCelebratedEvent(ID, ITEM, "100 placed", TODAY, "The hundredth parent",
                        METRIC, 100.0))
                .expectResultMessagePayload(new CommandResult(ITEM, 2));
    }

    @Test
    void aMilestoneAchievedOnADayThatHasBegunSomewhereIsAccepted() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(milestone(TODAY.plusDays(1), null, null))
                .expectEvents(new MilestoneCelebratedEvent(ID, ITEM, "100 placed", TODAY.plusDays(1),
                        "The hundredth parent", null, null));
    }

    @Test
    void aMilestoneAchievedOnADayThatHasNotBegunAnywhereIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(milestone(TODAY.plusDays(2), null, null))
                .expectException(rejectedWith("MILESTONE_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void aMilestoneNamingAMetricWithoutItsValueIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(milestone(TODAY, METRIC, null))
                .expectException(rejectedWith("MILESTONE_METRIC_INCOMPLETE"))
                .expectNoEvents();
    }

    @Test
    void aMilestoneGivingAValueWithoutItsMetricIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(milestone(TODAY, null, 3.0))
                .expectException(rejectedWith("MILESTONE_METRIC_INCOMPLETE"))
                .expectNoEvents();
    }

    @Test
    void recordingAnAssetAPartnerBringsRecordsIt() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new RecordPartnerAssetCommand(ID, null, ITEM, "rcsd", AssetKind.PLACES,
                        "Classrooms after hours"))
                .expectEvents(ASSET_RECORDED);
    }

    @Test
    void recordingAnAssetOfAnOrganisationThatIsNotAPartnerIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new RecordPartnerAssetCommand(ID, null, ITEM, "county", AssetKind.FUNDING, "Money"))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAnAssetEntryWithdrawsIt() {
        fixture.given(FORMED, METRIC_PROPOSED, ASSET_RECORDED)
                .when(new WithdrawPartnerAssetCommand(ID, null, ITEM, "Renovation"))
                .expectEvents(new PartnerAssetWithdrawnEvent(ID, ITEM, "Renovation"));
    }

    @Test
    void withdrawingAnUnknownAssetEntryIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED, ASSET_RECORDED)
                .when(new WithdrawPartnerAssetCommand(ID, null, OTHER, "Renovation"))
                .expectException(rejectedWith("ASSET_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAnAssetEntryTwiceIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED, ASSET_RECORDED, new PartnerAssetWithdrawnEvent(ID, ITEM, "Renovation"))
                .when(new WithdrawPartnerAssetCommand(ID, null, ITEM, "Again"))
                .expectException(rejectedWith("ASSET_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void issuingAProgressReportRecordsIt() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new IssueProgressReportCommand(ID, null, ITEM, START, END, ReportAudience.FUNDERS, "H1"))
                .expectEvents(new ProgressReportIssuedEvent(ID, ITEM, START, END, "FUNDERS", "H1"));
    }

    @Test
    void aProgressReportWhosePeriodEndsBeforeItStartsIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new IssueProgressReportCommand(ID, null, ITEM, END, START, ReportAudience.BOARD, "H1"))
                .expectException(rejectedWith("PERIOD_END_NOT_AFTER_START"))
                .expectNoEvents();
    }

    @Test
    void disseminatingASuccessRecordsIt() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new DisseminateSuccessCommand(ID, null, ITEM, DisseminationChannel.NEWSLETTER, "100 in work",
                        "https://abcinfo.org/news/100"))
                .expectEvents(new SuccessDisseminatedEvent(ID, ITEM, "NEWSLETTER", "100 in work",
                        "https://abcinfo.org/news/100"));
    }

    @Test
    void recordingAGrantRecordsIt() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(grant("HG-33050", START, END))
                .expectEvents(GRANT_RECORDED)
                .expectResultMessagePayload(new CommandResult(ITEM, 2));
    }

    @Test
    void recordingAGrantNumberTwiceIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED, GRANT_RECORDED)
                .when(grant("HG-33050", START, END))
                .expectException(rejectedWith("GRANT_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void aGrantWhosePeriodEndsTheDayItStartsIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(grant("HG-1", START, START))
                .expectException(rejectedWith("PERIOD_END_NOT_AFTER_START"))
                .expectNoEvents();
    }

    private static CelebrateMilestoneCommand milestone(LocalDate achievedOn, String metricId, Double value) {
        return new CelebrateMilestoneCommand(ID, null, ITEM, "100 placed", achievedOn, "The hundredth parent",
                metricId, value);
    }

    private static RecordGrantCommand grant(String number, LocalDate start, LocalDate end) {
        return new RecordGrantCommand(ID, null, ITEM, FUNDER, "Department of Labor", number, start, end);
    }
}
