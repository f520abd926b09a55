package org.partnerledger.query.funder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a metric's period spans ({@code 2027-03}, {@code 2027-Q1}, {@code 2027}), so that a report from one day
 * to another takes the periods that overlap it.
 */
final class Periods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Periods() {
    }

    /** The periods that overlap the days from {@code from} to {@code to}, both included; either may be open. */
    static Predicate<String> overlapping(LocalDate from, LocalDate to) {
        return period -> {
            LocalDate[] span = span(period);
            if (span == null) {
                return from == null && to == null;
            }
            return (to == null || !span[0].isAfter(to)) && (from == null || !span[1].isBefore(from));
        };
    }

    /** The period's first and last day, or {@code null} for a period in no known form. */
    static LocalDate[] span(String period) {
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new LocalDate[] {yearMonth.atDay(1), yearMonth.atEndOfMonth()};
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)),
                    (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        if (YEAR.matcher(period).matches()) {
            int year = Integer.parseInt(period);
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        return null;
    }
}
