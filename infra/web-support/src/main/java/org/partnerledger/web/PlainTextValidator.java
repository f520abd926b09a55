package org.partnerledger.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private int max;

    @Override
    public void initialize(PlainText annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return text != null && !text.isBlank() && text.length() <= max
                && text.chars().noneMatch(PlainTextValidator::isForbiddenControl);
    }

    private static boolean isForbiddenControl(int character) {
        return Character.isISOControl(character) && character != '\t' && character != '\n' && character != '\r';
    }
}
