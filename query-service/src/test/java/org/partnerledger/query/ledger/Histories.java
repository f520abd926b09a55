package org.partnerledger.query.ledger;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionRescheduledEvent;
import org.partnerledger.events.AgendaItem;
import org.partnerledger.events.AgreementAmendedEvent;
import org.partnerledger.events.AgreementReviewedEvent;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.AgreementTerminatedEvent;
import org.partnerledger.events.CheckInRecordedEvent;
import org.partnerledger.events.ConflictEscalatedEvent;
import org.partnerledger.events.ConflictLadderAgreedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.ConflictReopenedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;
import org.partnerledger.events.LessonRecordedEvent;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.MeetingCancelledEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;
import org.partnerledger.events.MilestoneCelebratedEvent;
import org.partnerledger.events.MinutesAmendedEvent;
import org.partnerledger.events.MinutesApprovedEvent;
import org.partnerledger.events.MinutesCorrectedEvent;
import org.partnerledger.events.MinutesItem;
import org.partnerledger.events.MinutesRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAssetRecordedEvent;
import org.partnerledger.events.PartnerAssetWithdrawnEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.ProgressReportIssuedEvent;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;
import org.partnerledger.events.ReviewAnswer;
import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewInstrumentAdoptedEvent;
import org.partnerledger.events.ReviewItem;
import org.partnerledger.events.ReviewRatingsSubmittedEvent;
import org.partnerledger.events.ReviewRoundClosedEvent;
import org.partnerledger.events.ReviewRoundOpenedEvent;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionReaffirmedEvent;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.query.projection.EventEnvelope;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Histories of a partnership for the ledger's tests: written by hand, event by event, or generated from a seed as a
 * plausible year or two of a partnership's life (every item an event names exists, times only move forward).
 */
final class Histories {

    static final String PARTNERSHIP = "3b8f1c2e-6a4d-4e9f-8b7a-1c2d3e4f5a60";
    static final Instant FORMED_AT = Instant.parse("2025-01-06T15:00:00Z");

    private final List<EventEnvelope> events = new ArrayList<>();
    private Instant at = FORMED_AT;

    static Histories formed() {
        Histories history = new Histories();
        history.add(new PartnershipFormedEvent(PARTNERSHIP, "Working Families",
                new Vision("Every family reaches a living wage", List.of("200 jobs")),
                List.of(partner("abc"), partner("rcsd"), partner("county")), "abc", null));
        return history;
    }

    static Partner partner(String id) {
        return new Partner(id, "Organisation " + id, Partner.derivedOrganisationId(id), null);
    }

    /** The events so far. */
    List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    Instant at() {
        return at;
    }

    LocalDate today() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Moves the clock of the events to come on by some days. */
    Histories after(long days) {
        at = at.plus(Duration.ofDays(days));
        return this;
    }

    Histories add(PartnershipEvent event) {
        events.add(envelope(event, events.size(), at));
        return this;
    }

    static EventEnvelope envelope(PartnershipEvent event, long sequence, Instant at) {
        return new EventEnvelope(UUID.nameUUIDFromBytes((PARTNERSHIP + sequence).getBytes()),
                PartnershipEventsTopic.typeName(event.getClass()), 1, UUID.fromString(event.partnershipId()),
                sequence, at, "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01", "coordinator", Partner.derivedOrganisationId("abc"),
                null, null, event);
    }

    /** A plausible history of some hundreds of events, the same for the same seed. */
    static Histories generated(long seed) {
        Random random = new Random(seed);
        Histories history = formed();
        Generator generator = new Generator(random, history);
        int length = 50 + random.nextInt(400);
        for (int i = 0; i < length; i++) {
            history.after(random.nextInt(4));
            generator.next();
        }
        return history;
    }

    /** Picks each next event among those the state so far allows. */
    private static final class Generator {

        private static final List<String> PARTNERS = List.of("abc", "rcsd", "county");
        private static final List<String> LADDER = List.of("talk", "coordinators", "mediator");
        private static final List<String> TITLES = List.of("Hire a navigator", "Share the intake form",
                "Fund the summer programme", "Adopt the data agreement");

        private final Random random;
        private final Histories history;
        private final List<String> openActions = new ArrayList<>();
        private final List<String> decisions = new ArrayList<>();
        private final List<String> openConflicts = new ArrayList<>();
        private final List<String> resolvedConflicts = new ArrayList<>();
        private final List<String> meetings = new ArrayList<>();
        private final List<String> agreements = new ArrayList<>();
        private final List<String> metrics = new ArrayList<>();
        private final List<String> areas = new ArrayList<>();
        private final List<String> rounds = new ArrayList<>();
        private final List<String> everyMeeting = new ArrayList<>();
        private final Map<String, Integer> agendaSizes = new HashMap<>();
        private final List<String> draftMinutes = new ArrayList<>();
        private final List<String> approvedMinutes = new ArrayList<>();
        private final List<String> agreementsInForce = new ArrayList<>();
        private final List<String> stories = new ArrayList<>();
        private final List<String> assets = new ArrayList<>();
        private int visionRevision = 1;
        private int period;
        private boolean instrument;

        Generator(Random random, Histories history) {
            this.random = random;
            this.history = history;
        }

        void next() {
            List<Supplier<PartnershipEvent>> choices = new ArrayList<>(List.of(this::decision, this::action,
                    this::conflict, this::meeting, this::agreement, this::metric, this::milestone, this::story,
                    this::report, this::lesson, this::checkIn, this::vision, this::area, this::ladder,
                    this::round, this::cadence, this::asset));
            addIf(choices, !openActions.isEmpty(), this::completion, this::rescheduling, this::cancellation);
            addIf(choices, !openConflicts.isEmpty(), this::escalation, this::resolution);
            addIf(choices, !resolvedConflicts.isEmpty(), this::reopening);
            addIf(choices, decisions.size() > 1, this::supersession);
            addIf(choices, !meetings.isEmpty(), this::minutes, this::meetingCancellation);
            addIf(choices, !draftMinutes.isEmpty(), this::minutesAmendment, this::minutesApproval);
            addIf(choices, !approvedMinutes.isEmpty(), this::minutesCorrection);
            addIf(choices, !agreements.isEmpty(), this::review);
            addIf(choices, !agreementsInForce.isEmpty(), this::agreementAmendment, this::termination);
            addIf(choices, !metrics.isEmpty(), this::activation, this::measurement, this::correction,
                    this::periodTarget);
            addIf(choices, !stories.isEmpty(), this::consent, this::consentWithdrawal);
            addIf(choices, !assets.isEmpty(), this::assetWithdrawal);
            addIf(choices, !areas.isEmpty(), this::roles);
            addIf(choices, !rounds.isEmpty() && instrument, this::ratings, this::closure);
            history.add(choices.get(random.nextInt(choices.size())).get());
        }

        @SafeVarargs
        private static void addIf(List<Supplier<PartnershipEvent>> choices, boolean allowed,
                                  Supplier<PartnershipEvent>... more) {
            if (allowed) {
                choices.addAll(List.of(more));
            }
        }

        private String id() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        private String partner() {
            return PARTNERS.get(random.nextInt(PARTNERS.size()));
        }

        private <T> T any(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private PartnershipEvent decision() {
            String id = id();
            decisions.add(id);
            String meeting = everyMeeting.isEmpty() || random.nextBoolean() ? null : any(everyMeeting);
            return new DecisionRecordedEvent(PARTNERSHIP, id, any(TITLES), "Because the " + partner() + " asked",
                    List.of(partner()), meeting, null, null, List.of());
        }

        private PartnershipEvent supersession() {
            return new DecisionSupersededEvent(PARTNERSHIP, decisions.get(0), decisions.get(decisions.size() - 1));
        }

        private PartnershipEvent action() {
            String id = id();
            openActions.add(id);
            return new ActionAssignedEvent(PARTNERSHIP, id, "Action", partner(), partner(), List.of(), List.of(),
                    history.today().plusDays(random.nextInt(60)), null);
        }

        private PartnershipEvent completion() {
            String id = openActions.remove(random.nextInt(openActions.size()));
            return new ActionCompletedEvent(PARTNERSHIP, id, "Done", history.today());
        }

        private PartnershipEvent rescheduling() {
            return new ActionRescheduledEvent(PARTNERSHIP, any(openActions), history.today().plusDays(30), null,
                    "Later");
        }

        private PartnershipEvent cancellation() {
            String id = openActions.remove(random.nextInt(openActions.size()));
            return new ActionCancelledEvent(PARTNERSHIP, id, "Not needed");
        }

        private PartnershipEvent ladder() {
            return new ConflictLadderAgreedEvent(PARTNERSHIP, LADDER, 1, "Agreed");
        }

        private PartnershipEvent conflict() {
            String id = id();
            openConflicts.add(id);
            return new ConflictLoggedEvent(PARTNERSHIP, id, "Subject", "Description", List.of("abc", "rcsd"),
                    "MEDIUM");
        }

        private PartnershipEvent escalation() {
            return new ConflictEscalatedEvent(PARTNERSHIP, any(openConflicts), "talk", any(LADDER), "Stuck");
        }

        private PartnershipEvent resolution() {
            String id = openConflicts.remove(random.nextInt(openConflicts.size()));
            resolvedConflicts.add(id);
            return new ConflictResolvedEvent(PARTNERSHIP, id, "Settled", List.of("abc", "rcsd"), null);
        }

        private PartnershipEvent reopening() {
            String id = resolvedConflicts.remove(random.nextInt(resolvedConflicts.size()));
            openConflicts.add(id);
            return new ConflictReopenedEvent(PARTNERSHIP, id, "Again");
        }

        private PartnershipEvent cadence() {
            return new MeetingCadenceSetEvent(PARTNERSHIP, any(List.of("WEEKLY", "MONTHLY", "QUARTERLY")));
        }

        private PartnershipEvent meeting() {
            String id = id();
            meetings.add(id);
            everyMeeting.add(id);
            int items = random.nextInt(3);
            agendaSizes.put(id, items);
            List<AgendaItem> agenda = new ArrayList<>();
            for (int item = 0; item < items; item++) {
                agenda.add(new AgendaItem("Topic " + item, "Objective", 10 + random.nextInt(50)));
            }
            return new MeetingScheduledEvent(PARTNERSHIP, id, "Meeting",
                    history.at().plus(Duration.ofDays(random.nextInt(10))), agenda);
        }

        private PartnershipEvent minutes() {
            String id = meetings.remove(random.nextInt(meetings.size()));
            draftMinutes.add(id);
            List<MinutesItem> items = new ArrayList<>();
            for (int item = 0; item < agendaSizes.get(id); item++) {
                items.add(new MinutesItem(item, "Discussed", random.nextInt(60)));
            }
            return new MinutesRecordedEvent(PARTNERSHIP, id, List.of("abc"), "Summary", items, List.of(), List.of());
        }

        private PartnershipEvent meetingCancellation() {
            return new MeetingCancelledEvent(PARTNERSHIP, meetings.remove(random.nextInt(meetings.size())), "Ill");
        }

        private PartnershipEvent minutesAmendment() {
            String id = any(draftMinutes);
            List<MinutesItem> items = agendaSizes.get(id) == 0 ? null
                    : List.of(new MinutesItem(random.nextInt(agendaSizes.get(id)), "Discussed at length", 30));
            return new MinutesAmendedEvent(PARTNERSHIP, id, "abc", random.nextBoolean() ? "Amended summary" : null,
                    items, "Missed a point");
        }

        private PartnershipEvent minutesApproval() {
            String id = draftMinutes.remove(random.nextInt(draftMinutes.size()));
            approvedMinutes.add(id);
            return new MinutesApprovedEvent(PARTNERSHIP, id, List.of("abc", partner()).stream().distinct().toList());
        }

        private PartnershipEvent minutesCorrection() {
            return new MinutesCorrectedEvent(PARTNERSHIP, any(approvedMinutes), "rcsd", "It was Tuesday", "Date");
        }

        private PartnershipEvent agreement() {
            String id = id();
            agreements.add(id);
            agreementsInForce.add(id);
            return new AgreementSignedEvent(PARTNERSHIP, id, "MOU", "Memorandum", List.of("abc", "rcsd"),
                    history.today(), history.today().plusDays(random.nextInt(400)), null, null, null);
        }

        private PartnershipEvent review() {
            return new AgreementReviewedEvent(PARTNERSHIP, any(agreements), "CONTINUED", history.today(),
                    history.today().plusDays(365), null);
        }

        private PartnershipEvent agreementAmendment() {
            return new AgreementAmendedEvent(PARTNERSHIP, any(agreementsInForce), "New clause", "0".repeat(64),
                    List.of("abc", "county"), random.nextBoolean() ? history.today().plusDays(200) : null);
        }

        private PartnershipEvent termination() {
            String id = agreementsInForce.remove(random.nextInt(agreementsInForce.size()));
            return new AgreementTerminatedEvent(PARTNERSHIP, id, "Superseded", history.today());
        }

        private PartnershipEvent periodTarget() {
            if (random.nextBoolean()) {
                return new MetricTargetSetEvent(PARTNERSHIP, any(metrics), "2025-Q" + (1 + random.nextInt(4)),
                        BigDecimal.valueOf(random.nextInt(100)));
            }
            return new MetricTargetAmendedEvent(PARTNERSHIP, any(metrics), "2025-Q" + (1 + random.nextInt(4)),
                    BigDecimal.valueOf(random.nextInt(100)), "Funding cut");
        }

        private PartnershipEvent consent() {
            return new StoryConsentRecordedEvent(PARTNERSHIP, any(stories), any(List.of("NAMED", "ANONYMOUS")),
                    List.of("FUNDER_VIEW"), history.today().plusDays(random.nextInt(200)), false, false,
                    history.today());
        }

        private PartnershipEvent consentWithdrawal() {
            return new StoryConsentWithdrawnEvent(PARTNERSHIP, stories.remove(random.nextInt(stories.size())),
                    "Changed their mind");
        }

        private PartnershipEvent asset() {
            String id = id();
            assets.add(id);
            return new PartnerAssetRecordedEvent(PARTNERSHIP, id, partner(), any(List.of("PEOPLE", "FUNDING")),
                    "A room");
        }

        private PartnershipEvent assetWithdrawal() {
            return new PartnerAssetWithdrawnEvent(PARTNERSHIP, assets.remove(random.nextInt(assets.size())), "Sold");
        }

        private PartnershipEvent metric() {
            String id = id();
            metrics.add(id);
            return new MetricProposedEvent(PARTNERSHIP, id, "Jobs", "Adults placed", "INDIVIDUALS",
                    BigDecimal.valueOf(random.nextInt(10)), BigDecimal.valueOf(100 + random.nextInt(100)),
                    history.today().plusDays(365), "UP", "abc", "Case files", "QUARTERLY", "BETTER_OFF", null);
        }

        private PartnershipEvent activation() {
            return new MetricActivatedEvent(PARTNERSHIP, any(metrics), List.of("abc", "rcsd", "county"));
        }

        private PartnershipEvent measurement() {
            return new MeasurementRecordedEvent(PARTNERSHIP, id(), any(metrics), "2025-Q" + (1 + period++ % 4),
                    BigDecimal.valueOf(random.nextInt(200)), null, null, "abc");
        }

        private PartnershipEvent correction() {
            return new MeasurementCorrectedEvent(PARTNERSHIP, id(), any(metrics), "2025-Q1",
                    BigDecimal.valueOf(random.nextInt(200)), null, null, "Typo");
        }

        private PartnershipEvent milestone() {
            return new MilestoneCelebratedEvent(PARTNERSHIP, id(), "Milestone", history.today(), "Achieved", null,
                    null);
        }

        private PartnershipEvent story() {
            String id = id();
            stories.add(id);
            return new StorySharedEvent(PARTNERSHIP, id, "Story", "Narrative", partner());
        }

        private PartnershipEvent report() {
            return new ProgressReportIssuedEvent(PARTNERSHIP, id(), history.today().minusDays(90), history.today(),
                    "FUNDERS", "Quarterly report");
        }

        private PartnershipEvent lesson() {
            return new LessonRecordedEvent(PARTNERSHIP, id(), "WORKED", "Lesson", "Evidence", null, List.of(),
                    List.of());
        }

        private PartnershipEvent checkIn() {
            return new CheckInRecordedEvent(PARTNERSHIP, id(), List.of("abc", partner()), history.today(), "PHONE",
                    "Note");
        }

        private PartnershipEvent vision() {
            if (random.nextBoolean()) {
                return new VisionReaffirmedEvent(PARTNERSHIP, visionRevision, List.of("abc"), null);
            }
            visionRevision++;
            return new VisionRevisedEvent(PARTNERSHIP, visionRevision,
                    new Vision("Every family " + any(List.of("in the county ", "")) + "reaches a "
                            + any(List.of("living", "fair")) + " wage", List.of("Goal")), "Grown");
        }

        private PartnershipEvent area() {
            String id = id();
            areas.add(id);
            return new RaciAreaDefinedEvent(PARTNERSHIP, id, "Area", "Description");
        }

        private PartnershipEvent roles() {
            return new RaciRolesAssignedEvent(PARTNERSHIP, any(areas), List.of(partner()), partner(),
                    List.of(partner()), List.of("county"), null);
        }

        private PartnershipEvent round() {
            if (!instrument) {
                instrument = true;
                return new ReviewInstrumentAdoptedEvent(PARTNERSHIP, id(), "1", List.of(new ReviewCategory(
                        "conflict", "Conflict resolution", List.of(new ReviewFactor("fair", "Fairness",
                        List.of(new ReviewItem("fair-1", "Are conflicts resolved fairly?")))))));
            }
            String id = id();
            rounds.add(id);
            return new ReviewRoundOpenedEvent(PARTNERSHIP, id, "Round", history.today().plusDays(30), null, null);
        }

        private PartnershipEvent ratings() {
            return new ReviewRatingsSubmittedEvent(PARTNERSHIP, any(rounds), partner(),
                    List.of(new ReviewAnswer("fair-1", 1 + random.nextInt(5), null)));
        }

        private PartnershipEvent closure() {
            return new ReviewRoundClosedEvent(PARTNERSHIP, rounds.remove(random.nextInt(rounds.size())), "Closed");
        }
    }
}
