package org.partnerledger.command.partnership.metric;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A period of some frequency: a month {@code 2027-03}, a quarter {@code 2027-Q1} or a year {@code 2027}. */
@Documented
@NotNull
@Pattern(regexp = Frequency.ANY_PERIOD)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface MetricPeriod {

    String message() default "must be a month (2027-03), a quarter (2027-Q1) or a year (2027)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
