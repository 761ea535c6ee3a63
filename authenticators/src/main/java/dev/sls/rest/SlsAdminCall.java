package dev.sls.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The records one SLS admin call takes and answers. The body arrives as text and is bound by
 * {@link SlsAdminContext#body} (so that a bad body is refused with the API's own error codes and recorded as a refused
 * admin event); this annotation says to which record, and is what {@code docs/api/admin-api.yaml}'s test compares.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SlsAdminCall {

    /** The request body's record; {@code Void.class} when the call takes no body. */
    Class<?> request() default Void.class;

    /** The answer's record; {@code Void.class} when it answers 204 with no body. */
    Class<?> response() default Void.class;
}
