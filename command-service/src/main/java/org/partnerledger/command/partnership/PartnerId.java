package org.partnerledger.command.partnership;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The short id a client gives a partner organisation, e.g. {@code abc}: {@code [a-z0-9-]{2,40}}. */
@Documented
@NotNull
@Pattern(regexp = "[a-z0-9-]{2,40}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PartnerId {

    String message() default "must be a partner id: 2 to 40 of a-z, 0-9 and -";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
