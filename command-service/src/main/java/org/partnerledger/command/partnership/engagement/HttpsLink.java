package org.partnerledger.command.partnership.engagement;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where something is published: an https URL of at most 2000 characters, with a host, and in printable ASCII only
 * (anything else percent-encoded), so that no reader is handed a script, a blank or a control character as a link.
 */
@Documented
@NotNull
@Size(max = 2000)
@Pattern(regexp = HttpsLink.PATTERN)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface HttpsLink {

    String PATTERN = "https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?([/?#][\\x21-\\x7E]*)?";

    String message() default "must be an https URL of at most 2000 printable ASCII characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
