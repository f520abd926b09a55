package org.partnerledger.command.partnership.metric;

/** Whether a metric improves as it rises or as it falls. */
enum Direction {
    UP, DOWN
}
