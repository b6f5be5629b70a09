package dev.jango.db.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a model: one table, one row per instance. The annotation processor generates its typed
 * metamodel ({@code BookMeta.BOOK}) and row mapper at compile time.
 *
 * <pre>{@code
 * @Model(table = "book", ordering = {"-published", "id"},
 *        indexes = @Index(name = "book_title_pub", fields = {"title", "published"}),
 *        constraints = @Check(name = "book_price_non_negative", condition = "price__gte=0"))
 * public class Book extends Entity {
 *     @Id public long id;
 *     @Char(max = 200) public String title;
 *     @Decimal(precision = 8, scale = 2) public BigDecimal price;
 *     public LocalDate published;
 *     public static final Manager<Book> objects = Manager.of(Book.class);
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {
    /** Table name; empty means the snake_case of the class name ({@code BookTag} → {@code book_tag}). */
    String table() default "";

    /** Default ordering as field names, {@code "-name"} for descending. */
    String[] ordering() default {};

    /** Composite indexes. */
    Index[] indexes() default {};

    /** Unique constraints across several fields. */
    Unique[] unique() default {};

    /** Check constraints, written as lookups ({@code "price__gte=0"}). */
    Check[] constraints() default {};

    /** Human-readable name, for the admin and messages; empty means derived from the class name. */
    String verboseName() default "";
}
