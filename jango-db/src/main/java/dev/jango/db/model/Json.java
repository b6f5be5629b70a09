package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON document held as its text in a {@code String} field: {@code jsonb} on PostgreSQL, {@code json} on
 * MariaDB, {@code text} on SQLite.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Json {
}
