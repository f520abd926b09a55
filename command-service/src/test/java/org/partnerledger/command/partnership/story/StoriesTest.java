package org.partnerledger.command.partnership.story;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.events.Vision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class StoriesTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String STORY = "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1b3d";
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate NEXT_YEAR = LocalDate.of(2027, 11, 24);
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of("200 jobs")),
            List.of(new Partner("abc", "ABC", Partner.derivedOrganisationId("abc"), null)), "abc", null);
    private static final StorySharedEvent SHARED =
            new StorySharedEvent(ID, STORY, "Maria's first paycheck", "After the course Maria started work.", "abc");
    private static final StoryConsentRecordedEvent CONSENTED = new StoryConsentRecordedEvent(ID, STORY,
            "FIRST_NAME", List.of("FUNDER_VIEW", "PUBLIC_REPORT"), NEXT_YEAR, false, false, TODAY);

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.at(NOW);
    }

    @Test
    void sharingAStoryFromAPartnerSharesIt() {
        fixture.given(FORMED)
                .when(new ShareStoryCommand(ID, null, STORY, "Maria's first paycheck",
                        "After the course Maria started work.", "abc"))
                .expectEvents(SHARED)
                .expectResultMessagePayload(new CommandResult(STORY, 1));
    }

    @Test
    void sharingAStoryFromAnOrganisationOutsideThePartnershipIsRejected() {
        fixture.given(FORMED)
                .when(new ShareStoryCommand(ID, null, STORY, "Title", "Narrative", "county"))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void recordingConsentRecordsItsChannelsInOrder() {
        fixture.given(FORMED, SHARED)
                .when(consent(EnumSet.of(StoryChannel.PUBLIC_REPORT, StoryChannel.FUNDER_VIEW), NEXT_YEAR, false,
                        false, TODAY))
                .expectEvents(CONSENTED);
    }

    @Test
    void consentForAStoryThePartnershipDoesNotHoldIsRejected() {
        fixture.given(FORMED)
                .when(consent(Set.of(StoryChannel.FUNDER_VIEW), NEXT_YEAR, false, false, TODAY))
                .expectException(rejectedWith("STORY_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void consentForAMinorWithoutAGuardiansConsentIsRejected() {
        fixture.given(FORMED, SHARED)
                .when(consent(Set.of(StoryChannel.FUNDER_VIEW), NEXT_YEAR, true, false, TODAY))
                .expectException(rejectedWith("GUARDIAN_CONSENT_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void consentForNoChannelIsRejected() {
        fixture.given(FORMED, SHARED)
                .when(consent(Set.of(), NEXT_YEAR, false, false, TODAY))
                .expectException(rejectedWith("CONSENT_CHANNEL_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void consentThatExpiresMoreThanTenYearsAwayIsRejected() {
        fixture.given(FORMED, SHARED)
                .when(consent(Set.of(StoryChannel.FUNDER_VIEW), TODAY.plusYears(11), false, false, TODAY))
                .expectException(rejectedWith("DUE_DATE_TOO_FAR"))
                .expectNoEvents();
    }

    @Test
    void consentThatExpiresTodayIsRejected() {
        fixture.given(FORMED, SHARED)
                .when(consent(Set.of(StoryChannel.FUNDER_VIEW), TODAY, false, false, TODAY))
                .expectException(rejectedWith("CONSENT_EXPIRY_NOT_AHEAD"))
                .expectNoEvents();
    }

    @Test
    void consentToATextReviewedOnADayStillToComeIsRejected() {
        fixture.given(FORMED, SHARED)
                .when(consent(Set.of(StoryChannel.FUNDER_VIEW), NEXT_YEAR, false, false, TODAY.plusDays(2)))
                .expectException(rejectedWith("TEXT_REVIEW_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void withdrawingConsentWithdrawsIt() {
        fixture.given(FORMED, SHARED, CONSENTED)
                .when(new WithdrawStoryConsentCommand(ID, null, STORY, "No longer wishes it"))
                .expectEvents(new StoryConsentWithdrawnEvent(ID, STORY, "No longer wishes it"));
    }

    @Test
    void withdrawingConsentNeverRecordedIsRejected() {
        fixture.given(FORMED, SHARED)
                .when(new WithdrawStoryConsentCommand(ID, null, STORY, "No longer wishes it"))
                .expectException(rejectedWith("STORY_CONSENT_MISSING"))
                .expectNoEvents();
    }

    @Test
    void consentAfterAWithdrawalIsRejected() {
        fixture.given(FORMED, SHARED, CONSENTED, new StoryConsentWithdrawnEvent(ID, STORY, "No"))
                .when(consent(Set.of(StoryChannel.FUNDER_VIEW), NEXT_YEAR, false, false, TODAY))
                .expectException(rejectedWith("STORY_CONSENT_WITHDRAWN"))
                .expectNoEvents();
    }

    @Test
    void aConsentCoversItsChannelsUntilTheDayItExpiresAndNeverOnceWithdrawn() {
        Consent consent = Consent.recorded(CONSENTED);

        assertThat(consent.covers(StoryChannel.PUBLIC_REPORT, TODAY)).isTrue();
        assertThat(consent.covers(StoryChannel.SOCIAL_MEDIA, TODAY)).isFalse();
        assertThat(consent.covers(StoryChannel.PUBLIC_REPORT, NEXT_YEAR.minusDays(1))).isTrue();
        assertThat(consent.covers(StoryChannel.PUBLIC_REPORT, NEXT_YEAR)).isFalse();
        assertThat(consent.withdraw().covers(StoryChannel.PUBLIC_REPORT, TODAY)).isFalse();
    }

    private static RecordStoryConsentCommand consent(Set<StoryChannel> channels, LocalDate expiresOn, boolean minor,
                                                     boolean guardianConsent, LocalDate reviewedTextOn) {
        return new RecordStoryConsentCommand(ID, null, STORY, Identification.FIRST_NAME, channels, expiresOn, minor,
                guardianConsent, reviewedTextOn);
    }
}
