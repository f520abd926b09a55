package org.partnerledger.command.partnership.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Decisions;
import org.partnerledger.command.partnership.Partnership;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.command.partnership.RecordDecisionCommand;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC;
import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC_PROPOSED;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class DecisionLogTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String EARLIER = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    private static final String DECISION = "0d7a3e8c-5b0f-4a61-8f6e-31c4b0a2d9e7";
    private static final String MEETING = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of()),
            List.of(new Partner("abc", "ABC", Partner.derivedOrganisationId("abc"), null),
                    new Partner("rcsd", "City Schools", Partner.derivedOrganisationId("rcsd"), null)), "abc", null);
    private static final DecisionRecordedEvent EARLIER_DECIDED = new DecisionRecordedEvent(ID, EARLIER,
            "Meet bi-weekly", "To start", List.of("abc"), null, null, null, List.of());

    /** Stands in for the recorded items table: decision id to the decision that superseded it, or "". */
    private final Map<String, String> recorded = new HashMap<>();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.signedInAsCoordinator(new AggregateTestFixture<>(Partnership.class));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new Decisions() {
            @Override
            public boolean recorded(String partnershipId, String decisionId) {
                return recorded.containsKey(partnershipId + "/" + decisionId);
            }

            @Override
            public Optional<String> supersededBy(String partnershipId, String decisionId) {
                return Optional.ofNullable(recorded.get(partnershipId + "/" + decisionId)).filter(id -> !id.isEmpty());
            }
        });
    }

    @Test
    void recordingADecisionInAMeetingWithAReviewDateAndMetricsRecordsThemAll() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(decide(TODAY, null))
                .expectEvents(new DecisionRecordedEvent(ID, DECISION, "Meet monthly", "Time for the work",
                        List.of("abc", "rcsd"), MEETING, TODAY, null, List.of(METRIC)))
                .expectResultMessagePayload(new CommandResult(DECISION, 2));
    }

    @Test
    void aDecisionThatSupersedesAnEarlierOneRecordsItThenMarksTheEarlierSuperseded() {
        recorded.put(ID + "/" + EARLIER, "");
        fixture.given(FORMED, METRIC_PROPOSED, EARLIER_DECIDED)
                .when(decide(null, EARLIER))
                .expectEvents(new DecisionRecordedEvent(ID, DECISION, "Meet monthly", "Time for the work",
                                List.of("abc", "rcsd"), MEETING, null, EARLIER, List.of(METRIC)),
                        new DecisionSupersededEvent(ID, EARLIER, DECISION))
                .expectResultMessagePayload(new CommandResult(DECISION, 4));
    }

    @Test
    void supersedingADecisionThePartnershipNeverRecordedIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(decide(null, EARLIER))
                .expectException(rejectedWith("DECISION_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void supersedingADecisionThatWasAlreadySupersededIsRejected() {
        recorded.put(ID + "/" + EARLIER, "11111111-2222-4333-8444-555555555555");
        fixture.given(FORMED, METRIC_PROPOSED, EARLIER_DECIDED)
                .when(decide(null, EARLIER))
                .expectException(rejectedWith("DECISION_ALREADY_SUPERSEDED"))
                .expectNoEvents();
    }

    @Test
    void aReviewDateThatHasPassedEverywhereIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(decide(TODAY.minusDays(1), null))
                .expectException(rejectedWith("DUE_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void aDecisionByAStrangerIsRejectedBeforeTheLogDecides() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new RecordDecisionCommand(ID, null, DECISION, "Meet", "Why", List.of("county")))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    private static RecordDecisionCommand decide(LocalDate reviewBy, String supersedes) {
        return new RecordDecisionCommand(ID, null, DECISION, "Meet monthly", "Time for the work",
                List.of("abc", "rcsd"), MEETING, reviewBy, supersedes, List.of(METRIC));
    }
}
