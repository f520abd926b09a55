package org.partnerledger.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Human text a partner typed: present, not blank, at most {@link #max()} characters, and free of control characters
 * other than tab and line breaks (NUL in particular cannot be stored in PostgreSQL text or jsonb) and of unpaired
 * surrogates (no character at all), unless {@link #optional()} lets it be absent. Markup is kept as typed: it is data, and every reader must escape it.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    int max();

    /** Whether the text may be left out ({@code null}); when it is given it must still be plain text. */
    boolean optional() default false;

    String message() default "must be non-blank text of at most {max} characters without control characters or "
            + "unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
