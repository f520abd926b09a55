package org.partnerledger.infra.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnerledger.events.Partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a seed script, {@code ${...}}, resolved when a request is sent, so that the year a script
 * records always ends today:
 * <ul>
 *   <li>{@code day-30}, {@code day+14}, {@code day}: a date (UTC) that many days from today;</li>
 *   <li>{@code month-3}, {@code quarter-1}, {@code year-1}: a metric period ({@code 2026-09}, {@code 2026-Q3},
 *       {@code 2025}) that many months, quarters or years from this one;</li>
 *   <li>{@code minute+2}: the instant that many minutes from now, in whole seconds;</li>
 *   <li>{@code lastday}: today in the last zone on Earth (UTC-12), the earliest due date the command side accepts,
 *       and so one that is overdue by noon UTC tomorrow; {@code firstday}: today in the first zone (UTC+14), the
 *       latest completion date it accepts, a day or two after {@code lastday};</li>
 *   <li>{@code org:audit}: the organisation id derived from a short id, as partners and the demo users have it;</li>
 *   <li>{@code sha:text}: the SHA-256 of the text in lowercase hex, standing for a signed document;</li>
 *   <li>any other name: what an earlier request kept with {@code -> name=field}.</li>
 * </ul>
 */
final class SeedValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern RELATIVE = Pattern.compile("(day|month|quarter|year|minute)([+-]\\d+)?");
    private static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);
    private static final ZoneOffset FIRST_ZONE = ZoneOffset.ofHours(14);

    private final Clock clock;
    private final Map<String, String> kept = new HashMap<>();

    SeedValues(Clock clock) {
        this.clock = clock;
    }

    String resolve(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value(placeholder.group(1))));
        }
        return placeholder.appendTail(resolved).toString();
    }

    /** Keeps a field of an answer under a name: a list as one name per element, {@code name[0]}, ... */
    void keep(String name, JsonNode value) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                kept.put(name + "[" + i + "]", value.get(i).asText());
            }
        } else {
            kept.put(name, value.asText());
        }
    }

    private String value(String expression) {
        Matcher relative = RELATIVE.matcher(expression);
        if (relative.matches()) {
            return relative(relative.group(1), relative.group(2) == null ? 0 : Integer.parseInt(relative.group(2)));
        }
        if (expression.equals("lastday")) {
            return LocalDate.now(clock.withZone(LAST_ZONE)).toString();
        }
        if (expression.equals("firstday")) {
            return LocalDate.now(clock.withZone(FIRST_ZONE)).toString();
        }
        if (expression.startsWith("org:")) {
            return Partner.derivedOrganisationId(expression.substring(4));
        }
        if (expression.startsWith("sha:")) {
            return sha256(expression.substring(4));
        }
        String value = kept.get(expression);
        if (value == null) {
            throw new IllegalArgumentException("No earlier request kept a value as '" + expression + "'");
        }
        return value;
    }

    private String relative(String unit, int offset) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        YearMonth month = YearMonth.from(today);
        return switch (unit) {
            case "day" -> today.plusDays(offset).toString();
            case "month" -> month.plusMonths(offset).toString();
            case "quarter" -> quarter(month.plusMonths(3L * offset));
            case "year" -> String.valueOf(today.getYear() + offset);
            default -> Instant.now(clock).plus(offset, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        };
    }

    private static String quarter(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
