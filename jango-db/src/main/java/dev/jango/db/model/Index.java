package dev.jango.db.model;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composite index declared on {@link Model#indexes()}; {@code "-field"} orders that column descending. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    /** Stable index name; empty means generated from the table and fields. */
    String name() default "";

    String[] fields();
}
