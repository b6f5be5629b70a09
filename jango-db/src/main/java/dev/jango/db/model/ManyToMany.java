package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation on a {@link RelatedSet} field, always through a declared model that holds one
 * {@link ForeignKey} to each side (checked at compile time). The field has no column.
 *
 * <pre>{@code
 * @ManyToMany(through = BookTag.class, relatedName = "books") public RelatedSet<Tag> tags;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {
    /** The model whose rows are the links; it has a foreign key to this model and one to the target. */
    Class<?> through();

    /** The reverse accessor's name on the target; empty means {@code <model>Set}. */
    String relatedName() default "";
}
