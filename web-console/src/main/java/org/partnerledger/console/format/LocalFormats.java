package org.partnerledger.console.format;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, instants and numbers of the API (ISO texts and JSON numbers) in the reader's locale, which Spring takes
 * from Accept-Language. Instants are shown in UTC, as the services judge days in UTC; the page says so.
 * Templates call it as {@code ${@localFormats.date(x)}}; a value it cannot read is shown as it came.
 */
@Component("localFormats")
public class LocalFormats {

    public String date(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return LocalDate.parse(iso.toString())
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    public String instant(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return Instant.parse(iso.toString()).atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale())) + " UTC";
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return NumberFormat.getNumberInstance(locale()).format(new BigDecimal(value.toString()));
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    /** A share from 0 to 1 as a percentage. */
    public String percent(Object share) {
        if (share == null) {
            return "";
        }
        try {
            NumberFormat percent = NumberFormat.getPercentInstance(locale());
            percent.setMaximumFractionDigits(0);
            return percent.format(new BigDecimal(share.toString()));
        } catch (NumberFormatException e) {
            return share.toString();
        }
    }

    /** A constant of the API ({@code AT_RISK}, {@code SHARED_VISION}) in words: "At risk", "Shared vision". */
    public String words(Object constant) {
        if (constant == null) {
            return "";
        }
        String words = constant.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
