package org.partnerledger.query.ledger;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionReassignedEvent;
import org.partnerledger.events.ActionRescheduledEvent;
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
import org.partnerledger.events.CoordinatorAppointedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;
import org.partnerledger.events.LessonRecordedEvent;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.MeetingCancelledEvent;
import org.partnerledger.events.MeetingRescheduledEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricRetiredEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;
import org.partnerledger.events.MilestoneCelebratedEvent;
import org.partnerledger.events.MinutesAmendedEvent;
import org.partnerledger.events.MinutesApprovedEvent;
import org.partnerledger.events.MinutesCorrectedEvent;
import org.partnerledger.events.MinutesItem;
import org.partnerledger.events.MinutesRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerAssetRecordedEvent;
import org.partnerledger.events.PartnerAssetWithdrawnEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipConcludedEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.ProgressReportIssuedEvent;
import org.partnerledger.events.PurposeStatedEvent;
import org.partnerledger.events.RaciAreaDefinedEvent;
import org.partnerledger.events.RaciRolesAssignedEvent;
import org.partnerledger.events.ReviewInstrumentAdoptedEvent;
import org.partnerledger.events.ReviewRatingsSubmittedEvent;
import org.partnerledger.events.ReviewRoundClosedEvent;
import org.partnerledger.events.ReviewRoundOpenedEvent;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.events.SuccessDisseminatedEvent;
import org.partnerledger.events.VisionReaffirmedEvent;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.events.VisionRevisitIntervalSetEvent;
import org.partnerledger.query.ledger.Ledger.ActionEntry;
import org.partnerledger.query.ledger.Ledger.AgendaEntry;
import org.partnerledger.query.ledger.Ledger.AgreementAmendmentEntry;
import org.partnerledger.query.ledger.Ledger.AgreementEntry;
import org.partnerledger.query.ledger.Ledger.AgreementReviewEntry;
import org.partnerledger.query.ledger.Ledger.AssetEntry;
import org.partnerledger.query.ledger.Ledger.ConsentEntry;
import org.partnerledger.query.ledger.Ledger.CorrectionEntry;
import org.partnerledger.query.ledger.Ledger.EscalationEntry;
import org.partnerledger.query.ledger.Ledger.LessonEntry;
import org.partnerledger.query.ledger.Ledger.ConflictEntry;
import org.partnerledger.query.ledger.Ledger.DecisionEntry;
import org.partnerledger.query.ledger.Ledger.MeetingEntry;
import org.partnerledger.query.ledger.Ledger.MetricEntry;
import org.partnerledger.query.ledger.Ledger.MinutesEntry;
import org.partnerledger.query.ledger.Ledger.MinutesItemEntry;
import org.partnerledger.query.ledger.Ledger.PeriodEntry;
import org.partnerledger.query.ledger.Ledger.PartnerEntry;
import org.partnerledger.query.ledger.Ledger.RaciAreaEntry;
import org.partnerledger.query.ledger.Ledger.ReviewRoundEntry;
import org.partnerledger.query.ledger.Ledger.StoryEntry;
import org.partnerledger.query.ledger.Ledger.VisionEntry;
import org.partnerledger.query.projection.EventEnvelope;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one fold of a partnership's events into its {@link Ledger}: applied live to the stored copy, from the first
 * event in a rebuild, and over the stored history for a view of the past. Events of no concern to any view change
 * only the version. An event about an item the ledger does not hold (which a valid stream never has) changes
 * nothing, so that a view of the past is never refused.
 */
final class LedgerFold {

    private LedgerFold() {
    }

    static Ledger fold(Ledger ledger, List<EventEnvelope> envelopes) {
        envelopes.forEach(envelope -> apply(ledger, envelope));
        return ledger;
    }

    static void apply(Ledger ledger, EventEnvelope envelope) {
        PartnershipEvent event = envelope.event();
        Instant at = envelope.occurredAt();
        ledger.version = envelope.sequence();
        ledger.lastEventAt = at;
        if (event instanceof PartnershipFormedEvent formed) {
            ledger.formedAt = at;
            ledger.name = formed.name();
            ledger.purpose = formed.purpose();
            ledger.coordinator = formed.coordinator();
            formed.partners().forEach(partner -> admit(ledger, partner));
            ledger.visions.put("1", new VisionEntry(1, formed.vision().statement(), formed.vision().goals(), null,
                    at));
            ledger.visionRevisitedAt = at;
        } else if (event instanceof PurposeStatedEvent stated) {
            ledger.purpose = stated.purpose();
        } else if (event instanceof PartnerAdmittedEvent admitted) {
            admit(ledger, admitted.partner());
        } else if (event instanceof PartnerWithdrawnEvent withdrawn) {
            with(ledger.partners, withdrawn.partner(), partner -> partner.current = false);
        } else if (event instanceof CoordinatorAppointedEvent appointed) {
            ledger.coordinator = appointed.coordinator();
        } else if (event instanceof PartnershipConcludedEvent) {
            ledger.concluded = true;
        } else if (event instanceof VisionRevisedEvent revised) {
            ledger.visions.put(String.valueOf(revised.revision()), new VisionEntry(revised.revision(),
                    revised.vision().statement(),
                    revised.vision().goals(), revised.rationale(), at));
            ledger.visionRevisitedAt = at;
        } else if (event instanceof VisionReaffirmedEvent) {
            ledger.visionRevisitedAt = at;
        } else if (event instanceof VisionRevisitIntervalSetEvent interval) {
            ledger.visionRevisitMonths = interval.months();
        } else {
            applyFollowThrough(ledger, event, at);
        }
    }

    /** Decisions, actions, conflicts and lessons. */
    private static void applyFollowThrough(Ledger ledger, PartnershipEvent event, Instant at) {
        if (event instanceof DecisionRecordedEvent recorded) {
            DecisionEntry decision = new DecisionEntry();
            decision.title = recorded.title();
            decision.rationale = recorded.rationale();
            decision.decidedBy = recorded.decidedBy();
            decision.meetingId = recorded.meetingId();
            decision.recordedAt = at;
            ledger.decisions.put(recorded.decisionId(), decision);
        } else if (event instanceof DecisionSupersededEvent superseded) {
            with(ledger.decisions, superseded.decisionId(), decision -> decision.supersededBy = superseded.supersededBy());
        } else if (event instanceof ActionAssignedEvent assigned) {
            ActionEntry action = new ActionEntry();
            action.title = assigned.title();
            action.responsible = assigned.responsible();
            action.accountable = assigned.accountable();
            action.consulted = assigned.consulted();
            action.informed = assigned.informed();
            action.dueDate = assigned.dueDate();
            action.firstDueDate = assigned.dueDate();
            action.decisionId = assigned.decisionId();
            action.assignedAt = at;
            ledger.actions.put(assigned.actionId(), action);
        } else if (event instanceof ActionCompletedEvent completed) {
            with(ledger.actions, completed.actionId(), action -> action.completedOn = completed.completedOn());
        } else if (event instanceof ActionCancelledEvent cancelled) {
            with(ledger.actions, cancelled.actionId(), action -> action.cancelledAt = at);
        } else if (event instanceof ActionRescheduledEvent rescheduled) {
            with(ledger.actions, rescheduled.actionId(), action -> action.dueDate = rescheduled.dueDate());
        } else if (event instanceof ActionReassignedEvent reassigned) {
            with(ledger.actions, reassigned.actionId(), action -> {
                action.responsible = reassigned.responsible();
                action.accountable = reassigned.accountable();
            });
        } else if (event instanceof ConflictLadderAgreedEvent ladder) {
            ledger.conflictLadder = ladder.steps();
        } else if (event instanceof ConflictLoggedEvent logged) {
            ConflictEntry conflict = new ConflictEntry();
            conflict.subject = logged.subject();
            conflict.description = logged.description();
            conflict.parties = logged.parties();
            conflict.severity = logged.severity();
            conflict.step = ledger.conflictLadder.isEmpty() ? null : ledger.conflictLadder.get(0);
            conflict.loggedAt = at;
            ledger.conflicts.put(logged.conflictId(), conflict);
        } else if (event instanceof ConflictEscalatedEvent escalated) {
            with(ledger.conflicts, escalated.conflictId(), conflict -> {
                conflict.step = escalated.toStep();
                conflict.escalations.add(new EscalationEntry(escalated.fromStep(), escalated.toStep(),
                        escalated.reason(), at));
            });
        } else if (event instanceof ConflictResolvedEvent resolved) {
            with(ledger.conflicts, resolved.conflictId(), conflict -> {
                conflict.resolvedAt = at;
                conflict.resolution = resolved.resolution();
            });
        } else if (event instanceof ConflictReopenedEvent reopened) {
            with(ledger.conflicts, reopened.conflictId(), conflict -> {
                conflict.resolvedAt = null;
                conflict.reopenings++;
            });
        } else if (event instanceof LessonRecordedEvent recorded) {
            ledger.lessons++;
            ledger.lastLessonAt = at;
            ledger.lessonEntries.put(recorded.lessonId(), new LessonEntry(recorded.kind(), recorded.lesson(),
                    recorded.evidence(), recorded.adjustment(), recorded.metricIds(), recorded.actionIds(), at));
        } else {
            applyGovernance(ledger, event, at);
        }
    }

    /** Meetings, agreements, metrics, engagement and reviews. */
    private static void applyGovernance(Ledger ledger, PartnershipEvent event, Instant at) {
        if (event instanceof MeetingCadenceSetEvent cadence) {
            ledger.meetingCadence = cadence.cadence();
        } else if (event instanceof MeetingScheduledEvent scheduled) {
            MeetingEntry meeting = new MeetingEntry();
            meeting.title = scheduled.title();
            meeting.scheduledAt = scheduled.scheduledAt();
            meeting.agenda = scheduled.agenda() == null ? List.of() : scheduled.agenda().stream()
                    .map(item -> new AgendaEntry(item.topic(), item.objective(), item.timeBoxMinutes())).toList();
            ledger.meetings.put(scheduled.meetingId(), meeting);
        } else if (event instanceof MeetingRescheduledEvent rescheduled) {
            with(ledger.meetings, rescheduled.meetingId(), meeting -> meeting.scheduledAt = rescheduled.scheduledAt());
        } else if (event instanceof MeetingCancelledEvent cancelled) {
            with(ledger.meetings, cancelled.meetingId(), meeting -> meeting.cancelled = true);
        } else if (event instanceof MinutesRecordedEvent minutes) {
            with(ledger.meetings, minutes.meetingId(), meeting -> {
                meeting.minutesRecorded = true;
                meeting.minutes = minutes(minutes, at);
            });
        } else if (event instanceof AgreementSignedEvent signed) {
            AgreementEntry agreement = new AgreementEntry();
            agreement.title = signed.title();
            agreement.kind = signed.kind();
            agreement.effectiveOn = signed.effectiveOn();
            agreement.reviewBy = signed.reviewBy();
            agreement.signatories = signed.signatories();
            ledger.agreements.put(signed.agreementId(), agreement);
        } else if (event instanceof AgreementReviewedEvent reviewed) {
            with(ledger.agreements, reviewed.agreementId(), agreement -> {
                agreement.reviewBy = reviewed.nextReviewBy();
                agreement.reviews.add(new AgreementReviewEntry(reviewed.outcome(), reviewed.reviewedOn(),
                        reviewed.nextReviewBy(), reviewed.notes()));
            });
        } else if (event instanceof AgreementAmendedEvent amended) {
            with(ledger.agreements, amended.agreementId(), agreement -> {
                if (amended.nextReviewBy() != null) {
                    agreement.reviewBy = amended.nextReviewBy();
                }
                agreement.amendments.add(new AgreementAmendmentEntry(amended.summary(), amended.signatories(),
                        amended.nextReviewBy(), at));
            });
        } else if (event instanceof AgreementTerminatedEvent terminated) {
            with(ledger.agreements, terminated.agreementId(), agreement -> {
                agreement.terminatedOn = terminated.terminatedOn();
                agreement.terminationReason = terminated.reason();
            });
        } else if (event instanceof MilestoneCelebratedEvent milestone) {
            ledger.milestones.put(milestone.milestoneId(), new Ledger.MilestoneEntry(milestone.milestoneId(),
                    milestone.title(),
                    milestone.achievedOn(), milestone.metricId()));
        } else if (event instanceof ProgressReportIssuedEvent) {
            ledger.progressReports++;
            ledger.lastProgressReportAt = at;
        } else if (event instanceof StorySharedEvent shared) {
            ledger.storiesShared++;
            ledger.lastStoryAt = at;
            StoryEntry story = new StoryEntry();
            story.title = shared.title();
            story.partner = shared.partner();
            story.sharedAt = at;
            ledger.stories.put(shared.storyId(), story);
        } else if (event instanceof CheckInRecordedEvent checkIn) {
            ledger.checkIns++;
            if (ledger.lastCheckInOn == null || checkIn.occurredOn().isAfter(ledger.lastCheckInOn)) {
                ledger.lastCheckInOn = checkIn.occurredOn();
            }
        } else if (event instanceof RaciAreaDefinedEvent defined) {
            RaciAreaEntry area = new RaciAreaEntry();
            area.name = defined.name();
            area.description = defined.description();
            ledger.raciAreas.put(defined.areaId(), area);
        } else if (event instanceof RaciRolesAssignedEvent assigned) {
            with(ledger.raciAreas, assigned.areaId(), area -> {
                area.accountable = assigned.accountable();
                area.responsible = assigned.responsible();
                area.consulted = assigned.consulted();
                area.informed = assigned.informed();
            });
        } else if (event instanceof ReviewInstrumentAdoptedEvent adopted) {
            adopted.categories().forEach(category -> {
                ledger.reviewCategoryNames.put(category.key(), category.name());
                category.factors().forEach(factor -> factor.items().forEach(item ->
                        ledger.reviewItemCategories.put(item.key(), category.key())));
            });
        } else if (event instanceof SuccessDisseminatedEvent) {
            ledger.successesDisseminated++;
        } else if (event instanceof ReviewRoundOpenedEvent opened) {
            ReviewRoundEntry round = new ReviewRoundEntry();
            round.title = opened.title();
            round.openedAt = at;
            ledger.reviewRounds.put(opened.roundId(), round);
        } else if (event instanceof ReviewRatingsSubmittedEvent ratings) {
            with(ledger.reviewRounds, ratings.roundId(), round -> {
                Map<String, Integer> scores = new HashMap<>();
                ratings.answers().forEach(answer -> scores.put(answer.itemKey(), answer.score()));
                round.scores.put(ratings.partner(), scores);
            });
        } else if (event instanceof ReviewRoundClosedEvent closed) {
            with(ledger.reviewRounds, closed.roundId(), round -> round.closedAt = at);
        } else {
            applyMetric(ledger, event, at);
        }
    }

    private static void applyMetric(Ledger ledger, PartnershipEvent event, Instant at) {
        if (event instanceof MetricProposedEvent proposed) {
            MetricEntry metric = new MetricEntry();
            metric.name = proposed.name();
            metric.unit = proposed.unit();
            metric.measureKind = proposed.measureKind();
            metric.direction = proposed.direction();
            metric.baseline = proposed.baseline();
            metric.target = proposed.target();
            metric.targetDate = proposed.targetDate();
            metric.definition = proposed.definition();
            ledger.metrics.put(proposed.metricId(), metric);
        } else if (event instanceof MetricActivatedEvent activated) {
            with(ledger.metrics, activated.metricId(), metric -> metric.active = true);
        } else if (event instanceof MetricRetiredEvent retired) {
            with(ledger.metrics, retired.metricId(), metric -> {
                metric.active = false;
                metric.retired = true;
            });
        } else if (event instanceof MetricTargetSetEvent target) {
            with(ledger.metrics, target.metricId(), metric -> metric.targets.put(target.period(), target.target()));
        } else if (event instanceof MetricTargetAmendedEvent amended) {
            with(ledger.metrics, amended.metricId(), metric -> metric.targets.put(amended.period(), amended.target()));
        } else if (event instanceof MeasurementRecordedEvent measured) {
            with(ledger.metrics, measured.metricId(), metric -> {
                metric.values.put(measured.period(), measured.value());
                PeriodEntry period = new PeriodEntry();
                period.recorded = measured.value();
                period.recordedAt = at;
                metric.periods.put(measured.period(), period);
            });
        } else if (event instanceof MeasurementCorrectedEvent corrected) {
            with(ledger.metrics, corrected.metricId(), metric -> {
                if (corrected.value() != null) {
                    metric.values.put(corrected.period(), corrected.value());
                }
                metric.corrections++;
                metric.periods.computeIfAbsent(corrected.period(), unmeasured -> new PeriodEntry()).corrections
                        .add(new CorrectionEntry(corrected.value(), corrected.served(), corrected.achieving(),
                                corrected.reason(), at));
            });
        } else {
            applyListed(ledger, event, at);
        }
    }

    /** Events only the lists show: minutes after their recording, story consent, partner assets. */
    private static void applyListed(Ledger ledger, PartnershipEvent event, Instant at) {
        if (event instanceof MinutesAmendedEvent amended) {
            withMinutes(ledger, amended.meetingId(), minutes -> {
                if (amended.summary() != null) {
                    minutes.summary = amended.summary();
                }
                if (amended.items() != null) {
                    amended.items().forEach(item -> minutes.items.put(item.agendaItem(), item(item)));
                }
                minutes.amendments++;
            });
        } else if (event instanceof MinutesApprovedEvent approved) {
            withMinutes(ledger, approved.meetingId(), minutes -> {
                minutes.approvedBy = approved.approvedBy();
                minutes.approvedAt = at;
            });
        } else if (event instanceof MinutesCorrectedEvent corrected) {
            withMinutes(ledger, corrected.meetingId(), minutes -> minutes.corrections++);
        } else if (event instanceof StoryConsentRecordedEvent consent) {
            with(ledger.stories, consent.storyId(), story -> story.consent = new ConsentEntry(
                    consent.identification(), consent.channels(), consent.expiresOn(), consent.minor(),
                    consent.guardianConsent(), consent.reviewedTextOn(), at));
        } else if (event instanceof StoryConsentWithdrawnEvent withdrawn) {
            with(ledger.stories, withdrawn.storyId(), story -> {
                story.consentWithdrawnAt = at;
                story.withdrawalReason = withdrawn.reason();
            });
        } else if (event instanceof PartnerAssetRecordedEvent recorded) {
            AssetEntry asset = new AssetEntry();
            asset.partner = recorded.partner();
            asset.kind = recorded.kind();
            asset.description = recorded.description();
            asset.recordedAt = at;
            ledger.assets.put(recorded.assetId(), asset);
        } else if (event instanceof PartnerAssetWithdrawnEvent withdrawn) {
            with(ledger.assets, withdrawn.assetId(), asset -> {
                asset.withdrawnAt = at;
                asset.withdrawalReason = withdrawn.reason();
            });
        }
    }

    private static MinutesEntry minutes(MinutesRecordedEvent recorded, Instant at) {
        MinutesEntry minutes = new MinutesEntry();
        minutes.summary = recorded.summary();
        minutes.attendees = recorded.attendees();
        if (recorded.items() != null) {
            recorded.items().forEach(item -> minutes.items.put(item.agendaItem(), item(item)));
        }
        minutes.decisionIds = recorded.decisionIds();
        minutes.actionIds = recorded.actionIds();
        minutes.recordedAt = at;
        return minutes;
    }

    private static MinutesItemEntry item(MinutesItem item) {
        return new MinutesItemEntry(item.agendaItem(), item.discussion(), item.actualMinutes());
    }

    private static void withMinutes(Ledger ledger, String meetingId, Consumer<MinutesEntry> change) {
        with(ledger.meetings, meetingId, meeting -> {
            if (meeting.minutes != null) {
                change.accept(meeting.minutes);
            }
        });
    }

    private static void admit(Ledger ledger, Partner partner) {
        PartnerEntry entry = new PartnerEntry();
        entry.name = partner.name();
        entry.organisationId = partner.organisationId();
        entry.sector = partner.sector();
        ledger.partners.put(partner.id(), entry);
    }

    private static <T> void with(Map<String, T> items, String id, Consumer<T> change) {
        T item = items.get(id);
        if (item != null) {
            change.accept(item);
        }
    }
}
