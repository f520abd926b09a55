package org.partnerledger.console.command;

/** How a form field is shown and how its text becomes JSON (see {@link FormJson}). */
public enum FieldKind {
    /** A one-line text: a JSON string. */
    TEXT,
    /** A longer text: a JSON string. */
    TEXTAREA,
    /** One item per line: a JSON array of strings, blank lines dropped. */
    LINES,
    /** A day, {@code YYYY-MM-DD}: a JSON string. */
    DATE,
    /** A local date and time in the browser's zone: an ISO-8601 string with that zone's offset. */
    DATETIME,
    /** A JSON integer. */
    INTEGER,
    /** A JSON number. */
    DECIMAL,
    /** One of the field's choices: a JSON string. */
    CHOICE,
    /** Several of the field's choices (check boxes): a JSON array of strings. */
    CHOICES,
    /** One of the partnership's partners by short id: a JSON string. */
    PARTNER,
    /** Some of the partnership's partners (check boxes): a JSON array of short ids. */
    PARTNERS,
    /** A check box: a JSON boolean. */
    BOOLEAN,
    /**
     * An id the command's path names (a UUID), typed in where no page lists the items to pick from (an auditor
     * organisation's access): it fills the path's variable of its name and never goes into the body.
     */
    ITEM
}
