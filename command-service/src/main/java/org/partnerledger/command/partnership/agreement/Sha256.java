package org.partnerledger.command.partnership.agreement;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The SHA-256 of a document as 64 lowercase hex digits: what the partnership keeps of the document it signed. */
@Documented
@NotNull
@Pattern(regexp = "[0-9a-f]{64}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface Sha256 {

    String message() default "must be a SHA-256 in 64 lowercase hex digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
