package org.partnerledger.query.funder;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a funder may know of a partnership, and nothing else: {@link FunderFold} has no field to put a conflict, a
 * minute, a check-in, a lesson, a review, a decision's rationale or any reason given for a change into. A story's
 * text is held from its sharing so that a consent can show it, and dropped when its consent is withdrawn.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class FunderRecord {

    String partnershipId;
    /** The sequence of the last event folded in; -1 before any. */
    long version = -1;
    String name;
    String purpose;
    int visionRevision;
    String visionStatement;
    List<String> visionGoals = List.of();
    final Map<String, PartnerEntry> partners = new LinkedHashMap<>();
    final Map<String, MetricEntry> metrics = new LinkedHashMap<>();
    final List<MilestoneEntry> milestones = new ArrayList<>();
    final List<SuccessEntry> successes = new ArrayList<>();
    final List<GrantEntry> grants = new ArrayList<>();
    final Map<String, AgreementEntry> agreements = new LinkedHashMap<>();
    final Map<String, StoryEntry> stories = new LinkedHashMap<>();

    FunderRecord() {
        // for Jackson and the fold
    }

    static FunderRecord of(String partnershipId) {
        FunderRecord record = new FunderRecord();
        record.partnershipId = partnershipId;
        return record;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class PartnerEntry {
        String name;
        String sector;
        boolean current = true;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class MetricEntry {
        String name;
        String definition;
        String unit;
        String measureKind;
        String direction;
        String frequency;
        String indicatorFramework;
        String indicatorVersion;
        String indicatorCode;
        BigDecimal baseline;
        BigDecimal target;
        LocalDate targetDate;
        boolean active;
        boolean retired;
        /** The target per period, the latest set or amended. */
        final Map<String, BigDecimal> targets = new TreeMap<>();
        /** The latest value per period, corrections applied. */
        final Map<String, Measurement> measurements = new TreeMap<>();
    }

    /** A period's value and, for metrics counting people, how many were served and how many achieved. */
    record Measurement(BigDecimal value, Integer served, Integer achieving) {
    }

    record MilestoneEntry(String milestoneId, String title, LocalDate achievedOn, String achievement,
                          String metricId) {
    }

    record SuccessEntry(String disseminationId, String channel, String title, String link, LocalDate sharedOn) {
    }

    record GrantEntry(String grantId, String funderName, String grantNumber, LocalDate periodStart,
                      LocalDate periodEnd) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class AgreementEntry {
        String kind;
        String title;
        LocalDate signedOn;
        LocalDate effectiveOn;
        LocalDate reviewBy;
        LocalDate terminatedOn;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    static final class StoryEntry {
        String title;
        String narrative;
        LocalDate sharedOn;
        /** The consent that holds, if any covers the funder view: a later consent replaces it. */
        String identification;
        LocalDate consentExpiresOn;
        boolean funderView;
    }
}
