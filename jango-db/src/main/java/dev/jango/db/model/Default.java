package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field's default, written as a literal of the field's type and checked at compile time:
 * {@code @Default("0")} on an {@code int}, {@code @Default("true")}, {@code @Default("2024-01-31")} on a date,
 * {@code @Default("DRAFT")} on an enum. New instances start with it and migrations use it as the column default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Default {
    String value();
}
