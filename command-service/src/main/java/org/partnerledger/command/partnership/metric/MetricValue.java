package org.partnerledger.command.partnership.metric;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value, baseline or target of a metric: a decimal from minus to plus one trillion, which holds any count of
 * people, percentage or budget a partnership measures, and refuses the typos beyond.
 */
@Documented
@NotNull
@DecimalMin("-1000000000000")
@DecimalMax("1000000000000")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface MetricValue {

    String message() default "must be a decimal from -1000000000000 to 1000000000000";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
