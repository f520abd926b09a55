package org.partnerledger.command.partnership.lesson;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Partnership;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.LessonRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;

import java.util.List;

import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC;
import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC_PROPOSED;

class LessonsTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String LESSON = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d";
    private static final String ACTION = "a3b1c9d2-7e64-4f0a-b5c8-9d2e1f3a4b5c";
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of()),
            List.of(new Partner("abc", "ABC", Partner.derivedOrganisationId("abc"), null)), "abc", null);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.signedInAsCoordinator(new AggregateTestFixture<>(Partnership.class));
    }

    @Test
    void recordingWhatIsNotWorkingRecordsTheLessonWithItsEvidenceAndAdjustment() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new RecordLessonCommand(ID, null, LESSON, LessonKind.NOT_WORKING, "Evening workshops draw few",
                        "Attendance fell from 40 to 12", "Move them to Saturdays", List.of(METRIC), List.of(ACTION)))
                .expectEvents(new LessonRecordedEvent(ID, LESSON, "NOT_WORKING", "Evening workshops draw few",
                        "Attendance fell from 40 to 12", "Move them to Saturdays", List.of(METRIC), List.of(ACTION)))
                .expectResultMessagePayload(new CommandResult(LESSON, 2));
    }

    @Test
    void aLessonMayNameNoMetricAndNoAction() {
        fixture.given(FORMED, METRIC_PROPOSED)
                .when(new RecordLessonCommand(ID, null, LESSON, LessonKind.WORKING, "Joint intake works",
                        "Referrals doubled", "Keep it", List.of(), List.of()))
                .expectEvents(new LessonRecordedEvent(ID, LESSON, "WORKING", "Joint intake works",
                        "Referrals doubled", "Keep it", List.of(), List.of()));
    }
}
