package dev.jango.db.model;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint declared on {@link Model#constraints()}. The condition is written as lookups joined by
 * {@code &} ({@code "price__gte=0 & stock__gte=0"}), validated against the model at compile time and rendered per
 * dialect, so no raw SQL is needed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Check {
    String name();

    String condition();
}
