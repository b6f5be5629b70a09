package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Human-facing metadata of a field, kept at run time for forms and the admin. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {
    /** Verbose name; empty means derived from the field name. */
    String value() default "";

    String help() default "";
}
