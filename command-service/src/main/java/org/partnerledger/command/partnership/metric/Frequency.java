package org.partnerledger.command.partnership.metric;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a metric is measured, and how its periods are written: {@code 2027-03}, {@code 2027-Q1}, {@code 2027}. */
enum Frequency {
    MONTHLY("(\\d{4})-(0[1-9]|1[0-2])", "2027-03"),
    QUARTERLY("(\\d{4})-Q([1-4])", "2027-Q1"),
    YEARLY("(\\d{4})", "2027");

    /** Every period of every frequency, for requests. */
    static final String ANY_PERIOD = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?";

    private final Pattern pattern;
    private final String example;

    Frequency(String pattern, String example) {
        this.pattern = Pattern.compile(pattern);
        this.example = example;
    }

    String example() {
        return example;
    }

    /** The first day of the period, or nothing when the period is not one of this frequency. */
    Optional<LocalDate> start(String period) {
        Matcher matcher = pattern.matcher(period);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return Optional.of(switch (this) {
            case MONTHLY -> LocalDate.of(year, Integer.parseInt(matcher.group(2)), 1);
            case QUARTERLY -> LocalDate.of(year, 3 * Integer.parseInt(matcher.group(2)) - 2, 1);
            case YEARLY -> LocalDate.of(year, 1, 1);
        });
    }
}
