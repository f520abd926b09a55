package org.partnerledger.query.funder;

import org.partnerledger.events.AgreementAmendedEvent;
import org.partnerledger.events.AgreementReviewedEvent;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.AgreementTerminatedEvent;
import org.partnerledger.events.GrantRecordedEvent;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricIndicator;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricRetiredEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;
import org.partnerledger.events.MilestoneCelebratedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.PurposeStatedEvent;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.events.SuccessDisseminatedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.query.funder.FunderRecord.AgreementEntry;
import org.partnerledger.query.funder.FunderRecord.GrantEntry;
import org.partnerledger.query.funder.FunderRecord.Measurement;
import org.partnerledger.query.funder.FunderRecord.MetricEntry;
import org.partnerledger.query.funder.FunderRecord.MilestoneEntry;
import org.partnerledger.query.funder.FunderRecord.PartnerEntry;
import org.partnerledger.query.funder.FunderRecord.StoryEntry;
import org.partnerledger.query.funder.FunderRecord.SuccessEntry;
import org.partnerledger.query.projection.EventEnvelope;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fold of a partnership's events into what its funders may see ({@link FunderRecord}). It names the events it
 * takes and, of each, the fields it copies; every other event moves the version only. Reasons, notes, rationales,
 * clauses and any meeting, conflict, lesson or review never reach the record.
 */
final class FunderFold {

    /** The channel of a story consent that lets a story be told to funders. */
    static final String FUNDER_VIEW = "FUNDER_VIEW";

    private FunderFold() {
    }

    static FunderRecord fold(FunderRecord record, List<EventEnvelope> envelopes) {
        envelopes.forEach(envelope -> apply(record, envelope));
        return record;
    }

    static void apply(FunderRecord record, EventEnvelope envelope) {
        PartnershipEvent event = envelope.event();
        LocalDate on = LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC);
        record.version = envelope.sequence();
        if (event instanceof PartnershipFormedEvent formed) {
            record.name = formed.name();
            record.purpose = formed.purpose();
            formed.partners().forEach(partner -> admit(record, partner));
            vision(record, 1, formed.vision());
        } else if (event instanceof PurposeStatedEvent stated) {
            record.purpose = stated.purpose();
        } else if (event instanceof VisionRevisedEvent revised) {
            vision(record, revised.revision(), revised.vision());
        } else if (event instanceof PartnerAdmittedEvent admitted) {
            admit(record, admitted.partner());
        } else if (event instanceof PartnerWithdrawnEvent withdrawn) {
            with(record.partners, withdrawn.partner(), partner -> partner.current = false);
        } else if (event instanceof MilestoneCelebratedEvent milestone) {
            record.milestones.add(new MilestoneEntry(milestone.milestoneId(), milestone.title(),
                    milestone.achievedOn(), milestone.achievement(), milestone.metricId()));
        } else if (event instanceof SuccessDisseminatedEvent success) {
            record.successes.add(new SuccessEntry(success.disseminationId(), success.channel(), success.title(),
                    success.link(), on));
        } else if (event instanceof GrantRecordedEvent grant) {
            record.grants.add(new GrantEntry(grant.grantId(), grant.funderName(), grant.grantNumber(),
                    grant.periodStart(), grant.periodEnd()));
        } else {
            applyAgreementOrStory(record, event, on);
        }
    }

    private static void applyAgreementOrStory(FunderRecord record, PartnershipEvent event, LocalDate on) {
        if (event instanceof AgreementSignedEvent signed) {
            AgreementEntry agreement = new AgreementEntry();
            agreement.kind = signed.kind();
            agreement.title = signed.title();
            agreement.signedOn = on;
            agreement.effectiveOn = signed.effectiveOn();
            agreement.reviewBy = signed.reviewBy();
            record.agreements.put(signed.agreementId(), agreement);
        } else if (event instanceof AgreementReviewedEvent reviewed) {
            with(record.agreements, reviewed.agreementId(), agreement -> agreement.reviewBy = reviewed.nextReviewBy());
        } else if (event instanceof AgreementAmendedEvent amended && amended.nextReviewBy() != null) {
            with(record.agreements, amended.agreementId(), agreement -> agreement.reviewBy = amended.nextReviewBy());
        } else if (event instanceof AgreementTerminatedEvent terminated) {
            with(record.agreements, terminated.agreementId(),
                    agreement -> agreement.terminatedOn = terminated.terminatedOn());
        } else if (event instanceof StorySharedEvent shared) {
            StoryEntry story = new StoryEntry();
            story.title = shared.title();
            story.narrative = shared.narrative();
            story.sharedOn = on;
            record.stories.put(shared.storyId(), story);
        } else if (event instanceof StoryConsentRecordedEvent consent) {
            with(record.stories, consent.storyId(), story -> {
                story.funderView = consent.channels().contains(FUNDER_VIEW);
                story.identification = consent.identification();
                story.consentExpiresOn = consent.expiresOn();
            });
        } else if (event instanceof StoryConsentWithdrawnEvent withdrawn) {
            record.stories.remove(withdrawn.storyId());
        } else {
            applyMetric(record, event);
        }
    }

    private static void applyMetric(FunderRecord record, PartnershipEvent event) {
        if (event instanceof MetricProposedEvent proposed) {
            MetricEntry metric = new MetricEntry();
            metric.name = proposed.name();
            metric.definition = proposed.definition();
            metric.unit = proposed.unit();
            metric.measureKind = proposed.measureKind();
            metric.direction = proposed.direction();
            metric.frequency = proposed.frequency();
            MetricIndicator indicator = proposed.indicator();
            if (indicator != null) {
                metric.indicatorFramework = indicator.framework();
                metric.indicatorVersion = indicator.frameworkVersion();
                metric.indicatorCode = indicator.code();
            }
            metric.baseline = proposed.baseline();
            metric.target = proposed.target();
            metric.targetDate = proposed.targetDate();
            record.metrics.put(proposed.metricId(), metric);
        } else if (event instanceof MetricActivatedEvent activated) {
            with(record.metrics, activated.metricId(), metric -> metric.active = true);
        } else if (event instanceof MetricRetiredEvent retired) {
            with(record.metrics, retired.metricId(), metric -> {
                metric.active = false;
                metric.retired = true;
            });
        } else if (event instanceof MetricTargetSetEvent target) {
            with(record.metrics, target.metricId(), metric -> metric.targets.put(target.period(), target.target()));
        } else if (event instanceof MetricTargetAmendedEvent amended) {
            with(record.metrics, amended.metricId(), metric -> metric.targets.put(amended.period(), amended.target()));
        } else if (event instanceof MeasurementRecordedEvent measured) {
            with(record.metrics, measured.metricId(), metric -> metric.measurements.put(measured.period(),
                    new Measurement(measured.value(), measured.served(), measured.achieving())));
        } else if (event instanceof MeasurementCorrectedEvent corrected) {
            with(record.metrics, corrected.metricId(), metric -> metric.measurements.put(corrected.period(),
                    corrected(metric.measurements.get(corrected.period()), corrected)));
        }
    }

    /** A correction replaces what it gives; a value it leaves out stays as recorded. */
    private static Measurement corrected(Measurement recorded, MeasurementCorrectedEvent correction) {
        Measurement before = recorded == null ? new Measurement(null, null, null) : recorded;
        return new Measurement(correction.value() != null ? correction.value() : before.value(),
                correction.served() != null ? correction.served() : before.served(),
                correction.achieving() != null ? correction.achieving() : before.achieving());
    }

    private static void vision(FunderRecord record, int revision, Vision vision) {
        record.visionRevision = revision;
        record.visionStatement = vision.statement();
        record.visionGoals = List.copyOf(vision.goals());
    }

    private static void admit(FunderRecord record, Partner partner) {
        PartnerEntry entry = new PartnerEntry();
        entry.name = partner.name();
        entry.sector = partner.sector();
        record.partners.put(partner.id(), entry);
    }

    private static <T> void with(Map<String, T> items, String id, Consumer<T> change) {
        T item = items.get(id);
        if (item != null) {
            change.accept(item);
        }
    }
}
