package org.partnerledger.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private int max;
    private boolean optional;

    @Override
    public void initialize(PlainText annotation) {
        max = annotation.max();
        optional = annotation.optional();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return optional;
        }
        return !text.isBlank() && text.length() <= max
                && text.codePoints().noneMatch(PlainTextValidator::isForbidden);
    }

    /**
     * A surrogate left over once the pairs are joined into code points is no character at all: Java and Jackson
     * carry it, but PostgreSQL refuses it in jsonb, so a read model would choke on the event that stored it.
     */
    private static boolean isForbidden(int codePoint) {
        boolean control = Character.isISOControl(codePoint)
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        return control || Character.getType(codePoint) == Character.SURROGATE;
    }
}
