package org.partnerledger.query.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one rule every view judges due dates by (docs/figures.md): a day is over when it is over everywhere, so the
 * day that counts is the one still running in the last zone on Earth (UTC-12), as on the command side, where a
 * partner anywhere may still record today's date.
 */
public final class Today {

    public static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);

    private Today() {
    }

    public static LocalDate at(Instant now) {
        return LocalDate.ofInstant(now, LAST_ZONE);
    }
}
