package org.partnerledger.command.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one rule for "today" on the command side: a date is past only once it is past everywhere partners may be,
 * i.e. in the last zone on Earth, so a deadline set for today is still accepted wherever it is typed.
 */
public final class Deadlines {

    private static final ZoneOffset LAST_ZONE_ON_EARTH = ZoneOffset.ofHours(-12);
    private static final ZoneOffset FIRST_ZONE_ON_EARTH = ZoneOffset.ofHours(14);
    /** Deadlines further out are typos (year 2205 for 2025), not plans. */
    public static final int MAX_YEARS_AHEAD = 10;

    private Deadlines() {
    }

    /** Today as the last zone on Earth sees it. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LAST_ZONE_ON_EARTH));
    }

    /**
     * Today as the first zone on Earth sees it: a date after it has not come anywhere yet, so a day reported as done
     * may be up to this one, wherever it is typed.
     */
    public static LocalDate latestToday(Clock clock) {
        return LocalDate.now(clock.withZone(FIRST_ZONE_ON_EARTH));
    }

    /** Refuses a deadline that has passed everywhere or lies more than {@link #MAX_YEARS_AHEAD} years away. */
    public static void requireAhead(LocalDate deadline, Clock clock) {
        if (deadline.isBefore(today(clock))) {
            throw PartnershipRejection.dueDateInPast(deadline);
        }
        requireWithinReach(deadline, clock);
    }

    /** Refuses a date more than {@link #MAX_YEARS_AHEAD} years away. */
    public static void requireWithinReach(LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD))) {
            throw PartnershipRejection.dueDateTooFar(date, MAX_YEARS_AHEAD);
        }
    }

    /**
     * Whether a day on which something is said to have happened has not yet begun anywhere on Earth: the mirror of
     * {@link #today}, so that what happened today is accepted wherever it is typed.
     */
    public static boolean notYetBegun(LocalDate day, Clock clock) {
        return day.isAfter(LocalDate.now(clock.withZone(FIRST_ZONE_ON_EARTH)));
    }
}
