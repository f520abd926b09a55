package org.partnerledger.command.partnership.metric;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules need of one metric: who owns and collects it, its periods, who endorsed it, and the periods that
 * have a target or a value. Periods are few (a monthly metric has twelve a year), so they are kept.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class SharedMetric {

    String owner;
    Frequency frequency;
    Unit unit;
    boolean active;
    boolean retired;
    final Set<String> endorsedBy = new HashSet<>();
    final Set<String> collectors = new HashSet<>();
    final Set<String> periodsWithTarget = new HashSet<>();
    /** Measurement ids by period. */
    final Map<String, String> measurements = new HashMap<>();

    SharedMetric() {
        // for snapshots
    }

    SharedMetric(String owner, Frequency frequency, Unit unit) {
        this.owner = owner;
        this.frequency = frequency;
        this.unit = unit;
        collectors.add(owner);
    }

    /** Equal when every rule would decide alike about them: how the fixture checks that sourcing rebuilds state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SharedMetric that && active == that.active && retired == that.retired
                && Objects.equals(owner, that.owner) && frequency == that.frequency && unit == that.unit
                && endorsedBy.equals(that.endorsedBy) && collectors.equals(that.collectors)
                && periodsWithTarget.equals(that.periodsWithTarget) && measurements.equals(that.measurements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, frequency, unit, active, retired, endorsedBy, collectors, periodsWithTarget,
                measurements);
    }
}
