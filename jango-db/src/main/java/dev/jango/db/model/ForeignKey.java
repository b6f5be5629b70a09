package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one relation on a {@link Ref} field. The column holds the target's primary key (default column
 * {@code <field>_id}); add {@code @Null} for an optional relation. The processor checks the target is a model and
 * generates a {@code ForeignKeyField} ({@code BOOK.author}) plus, when the target is compiled with it, the reverse
 * accessor named {@link #relatedName()} on the target's metamodel ({@code AUTHOR.books}).
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    OnDelete onDelete() default OnDelete.CASCADE;

    /** The reverse accessor's name on the target; empty means {@code <model>Set} ({@code bookSet}). */
    String relatedName() default "";

    /** The column; empty means {@code <field>_id}. */
    String column() default "";
}
