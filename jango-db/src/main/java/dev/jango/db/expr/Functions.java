package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Factories for the scalar functions. Arguments may be expressions, typed fields, or literals (bound as
 * parameters, their kind taken from the Java type); field names go through {@link F#of(String)}.
 *
 * <pre>{@code
 * Book.objects.annotate("label", Functions.concat(Functions.upper(BOOK.title), " / ", BOOK.isbn));
 * Book.objects.annotate("priced", Functions.coalesce(BOOK.price, new BigDecimal("0")));
 * }</pre>
 */
public final class Functions {
    private Functions() {
    }

    /** A literal value bound as a parameter. */
    public static Expression value(Object value) {
        return Expressions.literal(value);
    }

    /** A literal of an explicit kind (for NULL, or to bind text as a date). */
    public static Expression value(Object value, FieldKind kind) {
        return new Value(value, kind);
    }

    /** The first non-NULL argument. */
    public static Expression coalesce(Object first, Object second, Object... more) {
        return func(Func.Name.COALESCE, first, second, more);
    }

    public static Expression lower(Object text) {
        return func(Func.Name.LOWER, text, null, new Object[0]);
    }

    public static Expression upper(Object text) {
        return func(Func.Name.UPPER, text, null, new Object[0]);
    }

    /** Length in characters. */
    public static Expression length(Object text) {
        return func(Func.Name.LENGTH, text, null, new Object[0]);
    }

    /** Text concatenation; a NULL part counts as the empty string. */
    public static Expression concat(Object first, Object second, Object... more) {
        return func(Func.Name.CONCAT, first, second, more);
    }

    /** The database's current time (UTC). */
    public static Expression now() {
        return new Func(Func.Name.NOW, List.of());
    }

    public static Expression cast(Object source, FieldKind target) {
        return new Cast(Expressions.literal(source), target);
    }

    public static Expression trunc(Trunc.Unit unit, Object source) {
        return new Trunc(unit, Expressions.literal(source));
    }

    private static Expression func(Func.Name name, Object first, Object second, Object[] more) {
        List<Expression> args = new ArrayList<>();
        args.add(Expressions.literal(first));
        if (second != null || more.length > 0) {
            args.add(Expressions.literal(second));
        }
        for (Object o : more) {
            args.add(Expressions.literal(o));
        }
        return new Func(name, args);
    }
}
