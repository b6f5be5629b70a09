package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation on a {@link Ref} field: a {@link ForeignKey} whose column is unique.
 *
 * <pre>{@code
 * @OneToOne(relatedName = "profile") public Ref<User> user;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOne {
    OnDelete onDelete() default OnDelete.CASCADE;

    /** The reverse accessor's name on the target; empty means the model name in camel case ({@code profile}). */
    String relatedName() default "";

    /** The column; empty means {@code <field>_id}. */
    String column() default "";
}
