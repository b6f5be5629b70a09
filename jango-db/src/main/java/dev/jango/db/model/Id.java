package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The primary key. On an {@code int} field it is an auto-increment key, on a {@code long} a big auto-increment key;
 * with {@code auto = false} the application assigns it (a {@code UUID}, a natural key).
 *
 * <pre>{@code @Id public long id;}</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Id {
    boolean auto() default true;
}
