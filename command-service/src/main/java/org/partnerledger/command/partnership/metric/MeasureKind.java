package org.partnerledger.command.partnership.metric;

/** The three questions of Results-Based Accountability: how much did we do, how well, is anyone better off. */
enum MeasureKind {
    HOW_MUCH, HOW_WELL, BETTER_OFF
}
