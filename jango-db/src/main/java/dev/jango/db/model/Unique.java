package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a field: the column is unique. Inside {@link Model#unique()}: a unique constraint across {@link #fields()}.
 *
 * <pre>{@code @Unique @Char(max = 20) public String isbn;}</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD})
public @interface Unique {
    /** Constraint name (multi-field form); empty means generated. */
    String name() default "";

    /** Fields of a multi-field unique constraint; empty on a field annotation. */
    String[] fields() default {};
}
