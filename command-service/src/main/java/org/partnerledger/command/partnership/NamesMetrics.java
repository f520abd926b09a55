package org.partnerledger.command.partnership;

import java.util.Collection;

/**
 * A command that names shared metrics of its partnership (the metrics a decision is expected to move, the metric a
 * milestone marks, those a lesson concerns). The partnership refuses, before any part decides, a metric it does not
 * hold.
 */
public interface NamesMetrics {

    /** The ids of every metric the command names. */
    Collection<String> metricsNamed();
}
