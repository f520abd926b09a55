package org.partnerledger.command.partnership.metric;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.command.partnership.roster.WithdrawPartnerCommand;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricCollectionDelegatedEvent;
import org.partnerledger.events.MetricEndorsedEvent;
import org.partnerledger.events.MetricIndicator;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricRetiredEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class MetricsTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String METRIC = "3c9e1f7a-2b4d-4e6f-8a1c-5d7e9f0b2a4c";
    private static final String MEASUREMENT = "9d1f3b5c-7e9a-4b1d-8f3b-5c7e9a1b3d5f";
    /** Noon UTC on 24 November 2026: in the fourth quarter everywhere. */
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate TARGET_DATE = LocalDate.of(2027, 12, 31);
    private static final MetricIndicator NPI = new MetricIndicator("CSBG-NPI", "2.0", "1.2");
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of("200 jobs")),
            List.of(partner("abc"), partner("rcsd")), "abc", null);
    private static final MetricProposedEvent PROPOSED = new MetricProposedEvent(ID, METRIC, "Adults placed in jobs",
            "Adults who start a job at a living wage", "INDIVIDUALS", new BigDecimal("40"), new BigDecimal("200"),
            TARGET_DATE, "UP", "abc", "Case managers enter placements in HMIS", "QUARTERLY", "BETTER_OFF", NPI);
    private static final MetricEndorsedEvent ENDORSED_BY_ABC = new MetricEndorsedEvent(ID, METRIC, "abc");
    private static final MetricEndorsedEvent ENDORSED_BY_RCSD = new MetricEndorsedEvent(ID, METRIC, "rcsd");
    private static final MetricActivatedEvent ACTIVATED =
            new MetricActivatedEvent(ID, METRIC, List.of("abc", "rcsd"));
    private static final MeasurementRecordedEvent RECORDED = new MeasurementRecordedEvent(ID, MEASUREMENT, METRIC,
            "2026-Q4", new BigDecimal("42"), 120, 42, "abc");

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.at(NOW);
    }

    @Test
    void proposingAMetricProposesIt() {
        fixture.given(FORMED)
                .when(propose("abc", NPI))
                .expectEvents(PROPOSED)
                .expectResultMessagePayload(new CommandResult(METRIC, 1));
    }

    @Test
    void proposingAMetricWithAnIndicatorCodeButNoFrameworkVersionIsRejected() {
        fixture.given(FORMED)
                .when(propose("abc", new MetricIndicator("CSBG-NPI", null, "1.2")))
                .expectException(rejectedWith("INDICATOR_VERSION_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void proposingAMetricOwnedByAnOrganisationOutsideThePartnershipIsRejected() {
        fixture.given(FORMED)
                .when(propose("county", NPI))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void anEndorsementWhileOtherPartnersHaveNotEndorsedLeavesTheMetricProposed() {
        fixture.given(FORMED, PROPOSED)
                .when(new EndorseMetricCommand(ID, null, METRIC, "abc"))
                .expectEvents(ENDORSED_BY_ABC);
    }

    @Test
    void theLastCurrentPartnersEndorsementActivatesTheMetricInTheSameCommand() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC)
                .when(new EndorseMetricCommand(ID, null, METRIC, "rcsd"))
                .expectEvents(ENDORSED_BY_RCSD, ACTIVATED)
                .expectResultMessagePayload(new CommandResult(METRIC, 4));
    }

    @Test
    void aPartnerAdmittedWhileAMetricIsProposedMustEndorseItToo() {
        fixture.given(FORMED, PROPOSED, new PartnerAdmittedEvent(ID, partner("county")), ENDORSED_BY_ABC)
                .when(new EndorseMetricCommand(ID, null, METRIC, "rcsd"))
                .expectEvents(ENDORSED_BY_RCSD);
    }

    @Test
    void aMetricThatWaitedOnlyForAPartnerWhoWithdrawsIsActivatedByTheWithdrawal() {
        fixture.given(FORMED, new PartnerAdmittedEvent(ID, partner("county")), PROPOSED, ENDORSED_BY_ABC,
                        ENDORSED_BY_RCSD)
                .when(new WithdrawPartnerCommand(ID, null, "county", "The county left"))
                .expectEvents(new PartnerWithdrawnEvent(ID, "county", "The county left"), ACTIVATED);
    }

    @Test
    void endorsingAMetricTwiceIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC)
                .when(new EndorseMetricCommand(ID, null, METRIC, "abc"))
                .expectException(rejectedWith("METRIC_ALREADY_ENDORSED"))
                .expectNoEvents();
    }

    @Test
    void endorsingAMetricThePartnershipDoesNotHoldIsRejected() {
        fixture.given(FORMED)
                .when(new EndorseMetricCommand(ID, null, METRIC, "abc"))
                .expectException(rejectedWith("METRIC_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void retiringAMetricRetiresIt() {
        fixture.given(FORMED, PROPOSED)
                .when(new RetireMetricCommand(ID, null, METRIC, "The county reports it for us"))
                .expectEvents(new MetricRetiredEvent(ID, METRIC, "The county reports it for us"));
    }

    @Test
    void endorsingARetiredMetricIsRejected() {
        fixture.given(FORMED, PROPOSED, new MetricRetiredEvent(ID, METRIC, "Replaced"))
                .when(new EndorseMetricCommand(ID, null, METRIC, "abc"))
                .expectException(rejectedWith("METRIC_RETIRED"))
                .expectNoEvents();
    }

    @Test
    void settingTheTargetOfAPeriodNotYetStartedSetsIt() {
        fixture.given(FORMED, PROPOSED)
                .when(new SetMetricTargetCommand(ID, null, METRIC, "2027-Q1", new BigDecimal("45")))
                .expectEvents(new MetricTargetSetEvent(ID, METRIC, "2027-Q1", new BigDecimal("45")));
    }

    @Test
    void settingTheTargetOfAPeriodThatHasStartedIsRejected() {
        fixture.given(FORMED, PROPOSED)
                .when(new SetMetricTargetCommand(ID, null, METRIC, "2026-Q4", new BigDecimal("45")))
                .expectException(rejectedWith("TARGET_PERIOD_STARTED"))
                .expectNoEvents();
    }

    @Test
    void aPeriodOfAnotherFrequencyThanTheMetricsIsRejected() {
        fixture.given(FORMED, PROPOSED)
                .when(new SetMetricTargetCommand(ID, null, METRIC, "2027-03", new BigDecimal("45")))
                .expectException(rejectedWith("PERIOD_NOT_OF_FREQUENCY"))
                .expectNoEvents();
    }

    @Test
    void settingATargetAlreadySetIsRejected() {
        fixture.given(FORMED, PROPOSED, new MetricTargetSetEvent(ID, METRIC, "2027-Q1", BigDecimal.TEN))
                .when(new SetMetricTargetCommand(ID, null, METRIC, "2027-Q1", new BigDecimal("45")))
                .expectException(rejectedWith("TARGET_ALREADY_SET"))
                .expectNoEvents();
    }

    @Test
    void amendingASetTargetAmendsIt() {
        fixture.given(FORMED, PROPOSED, new MetricTargetSetEvent(ID, METRIC, "2027-Q1", BigDecimal.TEN))
                .when(new AmendMetricTargetCommand(ID, null, METRIC, "2027-Q1", new BigDecimal("8.5"), "Late start"))
                .expectEvents(new MetricTargetAmendedEvent(ID, METRIC, "2027-Q1", new BigDecimal("8.5"),
                        "Late start"));
    }

    @Test
    void amendingATargetNeverSetIsRejected() {
        fixture.given(FORMED, PROPOSED)
                .when(new AmendMetricTargetCommand(ID, null, METRIC, "2027-Q1", new BigDecimal("8.5"), "Late start"))
                .expectException(rejectedWith("TARGET_NOT_SET"))
                .expectNoEvents();
    }

    @Test
    void recordingAValueForAMetricNotYetActiveIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC)
                .when(record("2026-Q4", "abc", 120, 42))
                .expectException(rejectedWith("METRIC_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void recordingAValueByTheOwnerRecordsIt() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2026-Q4", "abc", 120, 42))
                .expectEvents(RECORDED)
                .expectResultMessagePayload(new CommandResult(MEASUREMENT, 5));
    }

    @Test
    void recordingAValueByAPartnerOtherThanTheOwnerIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2026-Q4", "rcsd", 120, 42))
                .expectException(rejectedWith("NOT_THE_METRIC_OWNER"))
                .expectNoEvents();
    }

    @Test
    void delegatingCollectionLetsTheDelegateRecordValues() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED,
                        new MetricCollectionDelegatedEvent(ID, METRIC, "rcsd"))
                .when(record("2026-Q4", "rcsd", null, null))
                .expectEvents(new MeasurementRecordedEvent(ID, MEASUREMENT, METRIC, "2026-Q4", new BigDecimal("42"),
                        null, null, "rcsd"));
    }

    @Test
    void delegatingCollectionRecordsTheDelegation() {
        fixture.given(FORMED, PROPOSED)
                .when(new DelegateMetricCollectionCommand(ID, null, METRIC, "rcsd"))
                .expectEvents(new MetricCollectionDelegatedEvent(ID, METRIC, "rcsd"));
    }

    @Test
    void delegatingCollectionToAPartnerWhoCollectsAlreadyIsRejected() {
        fixture.given(FORMED, PROPOSED)
                .when(new DelegateMetricCollectionCommand(ID, null, METRIC, "abc"))
                .expectException(rejectedWith("COLLECTION_ALREADY_DELEGATED"))
                .expectNoEvents();
    }

    @Test
    void recordingASecondValueForAPeriodIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED, RECORDED)
                .when(record("2026-Q4", "abc", 120, 42))
                .expectException(rejectedWith("MEASUREMENT_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void recordingAValueForAPeriodThatHasNotBegunIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2027-Q1", "abc", 120, 42))
                .expectException(rejectedWith("MEASUREMENT_PERIOD_AHEAD"))
                .expectNoEvents();
    }

    @Test
    void morePeopleAchievingThanServedIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2026-Q4", "abc", 40, 42))
                .expectException(rejectedWith("ACHIEVING_EXCEEDS_SERVED"))
                .expectNoEvents();
    }

    @Test
    void countsOfPeopleForAMetricInDollarsAreRejected() {
        MetricProposedEvent dollars = new MetricProposedEvent(ID, METRIC, "Wages earned", "Wages of those placed",
                "DOLLARS", BigDecimal.ZERO, new BigDecimal("1000000.00"), TARGET_DATE, "UP", "abc", "Pay stubs",
                "QUARTERLY", "BETTER_OFF", null);
        fixture.given(FORMED, dollars, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2026-Q4", "abc", 120, 42))
                .expectException(rejectedWith("PEOPLE_COUNTS_NOT_APPLICABLE"))
                .expectNoEvents();
    }

    @Test
    void correctingARecordedValueCorrectsTheMeasurementRecorded() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED, RECORDED)
                .when(new CorrectMeasurementCommand(ID, null, METRIC, "2026-Q4", new BigDecimal("44"), 121, 44,
                        "Late entries"))
                .expectEvents(new MeasurementCorrectedEvent(ID, MEASUREMENT, METRIC, "2026-Q4", new BigDecimal("44"),
                        121, 44, "Late entries"))
                .expectResultMessagePayload(new CommandResult(MEASUREMENT, 6));
    }

    @Test
    void asManyPeopleAchievingAsServedIsAccepted() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2026-Q4", "abc", 42, 42))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void peopleAchievingWithoutThoseServedIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(record("2026-Q4", "abc", null, 42))
                .expectException(rejectedWith("ACHIEVING_EXCEEDS_SERVED"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionWithMorePeopleAchievingThanServedIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED, RECORDED)
                .when(new CorrectMeasurementCommand(ID, null, METRIC, "2026-Q4", new BigDecimal("44"), 40, 44,
                        "Late entries"))
                .expectException(rejectedWith("ACHIEVING_EXCEEDS_SERVED"))
                .expectNoEvents();
    }

    @Test
    void aMetricWhoseTargetDateHasPassedIsRejected() {
        fixture.given(FORMED)
                .when(new ProposeMetricCommand(ID, null, METRIC, "Adults placed in jobs",
                        "Adults who start a job at a living wage", Unit.INDIVIDUALS, new BigDecimal("40"),
                        new BigDecimal("200"), LocalDate.of(2026, 1, 1), Direction.UP, "abc", "Case files",
                        Frequency.QUARTERLY, MeasureKind.BETTER_OFF, NPI))
                .expectException(rejectedWith("DUE_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void correctingAPeriodWithoutARecordedValueIsRejected() {
        fixture.given(FORMED, PROPOSED, ENDORSED_BY_ABC, ENDORSED_BY_RCSD, ACTIVATED)
                .when(new CorrectMeasurementCommand(ID, null, METRIC, "2026-Q4", new BigDecimal("44"), 121, 44,
                        "Late entries"))
                .expectException(rejectedWith("MEASUREMENT_NOT_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void theMetricsHeldAreThoseProposedWhateverTheirState() {
        Metrics metrics = new Metrics();
        metrics.on(FORMED);
        metrics.on(PROPOSED);
        metrics.on(new MetricRetiredEvent(ID, METRIC, "Replaced"));

        assertThat(metrics.unknownAmong(List.of(METRIC, MEASUREMENT, MEASUREMENT))).containsExactly(MEASUREMENT);
    }

    private static ProposeMetricCommand propose(String owner, MetricIndicator indicator) {
        return new ProposeMetricCommand(ID, null, METRIC, "Adults placed in jobs",
                "Adults who start a job at a living wage", Unit.INDIVIDUALS, new BigDecimal("40"),
                new BigDecimal("200"), TARGET_DATE, Direction.UP, owner, "Case managers enter placements in HMIS",
                Frequency.QUARTERLY, MeasureKind.BETTER_OFF, indicator);
    }

    private static RecordMeasurementCommand record(String period, String partner, Integer served,
                                                   Integer achieving) {
        return new RecordMeasurementCommand(ID, null, MEASUREMENT, METRIC, period, new BigDecimal("42"), served,
                achieving, partner);
    }

    private static Partner partner(String id) {
        return new Partner(id, id.toUpperCase(), Partner.derivedOrganisationId(id), null);
    }
}
