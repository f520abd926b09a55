package org.partnerledger.command.partnership.metric;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An optional count of people served or achieving: a whole number from 0 to 100 million. */
@Documented
@Min(0)
@Max(100_000_000)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface PeopleCount {

    String message() default "must be a whole number from 0 to 100000000";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
