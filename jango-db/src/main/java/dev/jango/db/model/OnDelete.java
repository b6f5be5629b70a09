package dev.jango.db.model;

/**
 * What deleting a referenced row does to the rows that point at it. The ORM collects and orders the deletes (as
 * Django does); the database also gets a real constraint (see ADR 0031 for which action the database enforces).
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.PROTECT) public Ref<Author> author;
 * }</pre>
 */
public enum OnDelete {
    /** Delete the referencing rows too. */
    CASCADE,
    /** Refuse the delete in the ORM with a specific exception naming the model and field. */
    PROTECT,
    /** Refuse the delete, unless the referencing rows are themselves being deleted by a cascade. */
    RESTRICT,
    /** Set the reference to NULL; the field must be {@code @Null}. */
    SET_NULL,
    /** Set the reference to the field's default; the field must have a {@code @Default}. */
    SET_DEFAULT,
    /** Do nothing in the ORM; the database constraint alone decides. */
    DO_NOTHING
}
