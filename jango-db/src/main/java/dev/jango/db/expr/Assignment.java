package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/**
 * {@code column = expression} in an UPDATE, or a field value for create.
 *
 * <pre>{@code Book.objects.filter(BOOK.id.eq(1)).update(BOOK.pages.to(F.of(BOOK.pages).plus(1)));}</pre>
 *
 * @param field the assigned field
 * @param value the new value (a bound {@link Value} or any expression)
 */
public record Assignment(Field<?, ?> field, Expression value) {
    /** Assigns a plain value, checked against the field (type, max length). */
    public static Assignment of(Field<?, ?> field, Object value) {
        if (value instanceof Expression e) {
            return new Assignment(field, e);
        }
        return new Assignment(field, new Value(Values.check(field, value), field.kind()));
    }
}
