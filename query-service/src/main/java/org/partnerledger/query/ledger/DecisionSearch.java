package org.partnerledger.query.ledger;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What the decision log is asked for, each criterion optional: words in the title or rationale (ignoring case),
 * the days recorded (inclusive, in UTC), a partner among those who decided, a meeting, superseded or standing.
 */
record DecisionSearch(String text, LocalDate from, LocalDate to, String partner, String meetingId,
                      Boolean superseded) {

    static final DecisionSearch EVERYTHING = new DecisionSearch(null, null, null, null, null, null);

    /** From the request's parameters, as written; a malformed or inverted one is refused. */
    static DecisionSearch of(String q, String from, String to, String partner, String meetingId,
                             String superseded) {
        DecisionSearch search = new DecisionSearch(blankAsNull(q), date("from", from), date("to", to),
                blankAsNull(partner), blankAsNull(meetingId), flag(superseded));
        if (search.from != null && search.to != null && search.to.isBefore(search.from)) {
            throw LedgerRejection.invalidParameter("to must not be before from.");
        }
        return search;
    }

    boolean selects(Ledger.DecisionEntry decision) {
        LocalDate day = LocalDate.ofInstant(decision.recordedAt, ZoneOffset.UTC);
        return (text == null || contains(decision.title) || contains(decision.rationale))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (partner == null || decision.decidedBy.contains(partner))
                && (meetingId == null || meetingId.equals(decision.meetingId))
                && (superseded == null || superseded == (decision.supersededBy != null));
    }

    private boolean contains(String field) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            throw LedgerRejection.invalidParameter(name + " must be a date such as 2027-01-05.");
        }
    }

    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw LedgerRejection.invalidParameter("superseded must be true or false.");
        };
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
