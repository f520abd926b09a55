package org.partnerledger.query.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partnership as the query side knows it: everything its events say that a view shows, folded by
 * {@link LedgerFold} and nothing else. The same fold keeps the live copy (stored as a summary and item rows,
 * {@link LedgerItems}) and rebuilds any past state from the history ({@link LedgerHistory}), so a view of the past
 * is computed by the same code as the view of now. Figures that depend on the day asked (overdue, days since) are not stored: they are
 * computed from this by {@link Figures}.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Ledger {

    String partnershipId;
    /** The sequence of the last event folded in; -1 before any. */
    long version = -1;
    Instant formedAt;
    Instant lastEventAt;
    String name;
    String purpose;
    String coordinator;
    boolean concluded;
    final Map<String, PartnerEntry> partners = new LinkedHashMap<>();
    /** By revision. */
    @JsonView(InRows.class)
    final ItemMap<VisionEntry> visions = new ItemMap<>();
    /** When the vision was last revised or reaffirmed: revisited. */
    Instant visionRevisitedAt;
    int visionRevisitMonths = DEFAULT_REVISIT_MONTHS;
    @JsonView(InRows.class)
    final ItemMap<ActionEntry> actions = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<DecisionEntry> decisions = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<ConflictEntry> conflicts = new ItemMap<>();
    List<String> conflictLadder = List.of();
    String meetingCadence;
    @JsonView(InRows.class)
    final ItemMap<MeetingEntry> meetings = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<AgreementEntry> agreements = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<MetricEntry> metrics = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<MilestoneEntry> milestones = new ItemMap<>();
    int progressReports;
    Instant lastProgressReportAt;
    int checkIns;
    LocalDate lastCheckInOn;
    /** Each RACI area's name, and whether its roles have been assigned. */
    @JsonView(InRows.class)
    final ItemMap<RaciAreaEntry> raciAreas = new ItemMap<>();
    int storiesShared;
    Instant lastStoryAt;
    int successesDisseminated;
    int lessons;
    Instant lastLessonAt;
    @JsonView(InRows.class)
    final ItemMap<ReviewRoundEntry> reviewRounds = new ItemMap<>();
    /** The category (practice or factor group) of each item of the adopted review instruments, by item key. */
    final Map<String, String> reviewItemCategories = new LinkedHashMap<>();
    final Map<String, String> reviewCategoryNames = new LinkedHashMap<>();
    @JsonView(InRows.class)
    final ItemMap<StoryEntry> stories = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<LessonEntry> lessonEntries = new ItemMap<>();
    @JsonView(InRows.class)
    final ItemMap<AssetEntry> assets = new ItemMap<>();

    /** The fields kept in rows of their own ({@link LedgerItems}): all but these are the stored summary. */
    interface InRows {
    }

    /** The view of the ledger stored as its summary row. */
    interface Summary {
    }

    /** The practice guide's default: revisit the shared vision once a year. */
    static final int DEFAULT_REVISIT_MONTHS = 12;
    /**
     * The shape of what the fold keeps: raise it with every field added here (or to an entry), so that ledgers stored
     * in an earlier shape are folded again from the history instead of being read with the new fields empty. Shape 3:
     * stored as the text written, which keeps the order the items came in; {@code jsonb} had sorted them by key.
     * Shape 4: a summary, the items in rows of their own.
     */
    static final int SHAPE = 4;

    Ledger() {
        // for Jackson and the fold
    }

    static Ledger of(String partnershipId) {
        Ledger ledger = new Ledger();
        ledger.partnershipId = partnershipId;
        return ledger;
    }

    /** The vision as last revised. */
    VisionEntry vision() {
        VisionEntry last = null;
        for (VisionEntry revision : visions.values()) {
            last = revision;
        }
        return last;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class PartnerEntry {
        String name;
        String organisationId;
        String sector;
        boolean current = true;
    }

    /** A revision of the vision: the first is the one the partnership was formed with. */
    record VisionEntry(int revision, String statement, List<String> goals, String rationale, Instant at) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class ActionEntry {
        String title;
        String responsible;
        String accountable;
        List<String> consulted = List.of();
        List<String> informed = List.of();
        LocalDate dueDate;
        /** The due date it was first given, against which completion counts as on time. */
        LocalDate firstDueDate;
        String decisionId;
        Instant assignedAt;
        LocalDate completedOn;
        Instant cancelledAt;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class DecisionEntry {
        String title;
        String rationale;
        List<String> decidedBy = List.of();
        String meetingId;
        Instant recordedAt;
        String supersededBy;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class ConflictEntry {
        String subject;
        String description;
        List<String> parties = List.of();
        String severity;
        String step;
        Instant loggedAt;
        Instant resolvedAt;
        String resolution;
        int reopenings;
        final List<EscalationEntry> escalations = new ArrayList<>();
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class MeetingEntry {
        String title;
        Instant scheduledAt;
        boolean cancelled;
        boolean minutesRecorded;
        List<AgendaEntry> agenda = List.of();
        /** {@code null} until the minutes are recorded. */
        MinutesEntry minutes;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class AgreementEntry {
        String title;
        String kind;
        LocalDate effectiveOn;
        LocalDate reviewBy;
        LocalDate terminatedOn;
        List<String> signatories = List.of();
        String terminationReason;
        final List<AgreementReviewEntry> reviews = new ArrayList<>();
        final List<AgreementAmendmentEntry> amendments = new ArrayList<>();
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class MetricEntry {
        String name;
        String unit;
        String measureKind;
        String direction;
        BigDecimal baseline;
        BigDecimal target;
        LocalDate targetDate;
        boolean active;
        boolean retired;
        /** The latest value of each period, corrections applied, in the order periods were first measured. */
        final Map<String, BigDecimal> values = new LinkedHashMap<>();
        final Map<String, BigDecimal> targets = new LinkedHashMap<>();
        int corrections;
        String definition;
        /** What was recorded for each period and each correction of it since, by period. */
        final Map<String, PeriodEntry> periods = new LinkedHashMap<>();
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class RaciAreaEntry {
        String name;
        String accountable;
        List<String> responsible = List.of();
        String description;
        List<String> consulted = List.of();
        List<String> informed = List.of();
    }

    record MilestoneEntry(String milestoneId, String title, LocalDate achievedOn, String metricId) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class ReviewRoundEntry {
        String title;
        Instant openedAt;
        Instant closedAt;
        /** Each partner's answers: item key to score. */
        final Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
    }

    record EscalationEntry(String fromStep, String toStep, String reason, Instant at) {
    }

    record AgendaEntry(String topic, String objective, int timeBoxMinutes) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class MinutesEntry {
        String summary;
        List<String> attendees = List.of();
        /** By agenda index: what the minutes say of each item, amendments applied. */
        final Map<Integer, MinutesItemEntry> items = new LinkedHashMap<>();
        List<String> decisionIds = List.of();
        List<String> actionIds = List.of();
        Instant recordedAt;
        List<String> approvedBy = List.of();
        Instant approvedAt;
        int amendments;
        int corrections;
    }

    record MinutesItemEntry(int agendaItem, String discussion, int actualMinutes) {
    }

    record AgreementReviewEntry(String outcome, LocalDate reviewedOn, LocalDate nextReviewBy, String notes) {
    }

    record AgreementAmendmentEntry(String summary, List<String> signatories, LocalDate nextReviewBy, Instant at) {
    }

    /** A period of a metric: the value first recorded (or {@code null} when only corrected) and its corrections. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class PeriodEntry {
        BigDecimal recorded;
        Instant recordedAt;
        final List<CorrectionEntry> corrections = new ArrayList<>();
    }

    /** @param value {@code null} when the correction changed only the counts served or achieving */
    record CorrectionEntry(BigDecimal value, Integer served, Integer achieving, String reason, Instant at) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class StoryEntry {
        String title;
        String partner;
        Instant sharedAt;
        /** The consent in force, {@code null} before any. */
        ConsentEntry consent;
        Instant consentWithdrawnAt;
        String withdrawalReason;
    }

    record ConsentEntry(String identification, List<String> channels, LocalDate expiresOn, boolean minor,
                        boolean guardianConsent, LocalDate reviewedTextOn, Instant at) {
    }

    record LessonEntry(String kind, String lesson, String evidence, String adjustment, List<String> metricIds,
                       List<String> actionIds, Instant recordedAt) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class AssetEntry {
        String partner;
        String kind;
        String description;
        Instant recordedAt;
        Instant withdrawnAt;
        String withdrawalReason;
    }
}
