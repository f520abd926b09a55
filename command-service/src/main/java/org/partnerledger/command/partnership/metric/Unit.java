package org.partnerledger.command.partnership.metric;

/** What a metric's values count or measure. */
enum Unit {
    INDIVIDUALS, HOUSEHOLDS, PERCENT, DOLLARS, COUNT;

    /** Whether its measurements may say how many people were served and how many achieved the outcome. */
    boolean countsPeople() {
        return this == INDIVIDUALS || this == HOUSEHOLDS;
    }
}
