package org.partnerledger.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The standings a handler method answers; every other caller is refused. A handler without it answers no one
 * ({@link AccessInterceptor}): an endpoint is closed until its rule is written.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allow {

    Standing[] value();
}
