package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to a row of one of several models, on a {@link GenericRef} field: two columns, the type key
 * ({@code <column>_type}) and the id ({@code <column>_id}). The keys are stable strings the application declares in a
 * {@code static final TypeKeys} field of the model (named by {@link #types()}); there is no content-types table.
 *
 * <pre>{@code
 * static final TypeKeys TARGETS = TypeKeys.of(Map.of("book", BOOK, "author", AUTHOR));
 * @Polymorphic(types = "TARGETS") public GenericRef<Entity> target;   // columns target_type, target_id
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Polymorphic {
    /** The model's static {@code TypeKeys} field holding the allowed keys. */
    String types();

    /** Width of the type key column. */
    int keyLength() default 50;

    /** The Java type of every target's primary key: {@code long.class}, {@code int.class} or {@code UUID.class}. */
    Class<?> idType() default long.class;

    /** Base of the two column names; empty means the field name in snake case. */
    String column() default "";
}
