package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;
import java.util.List;

/**
 * A scalar SQL function whose spelling may differ per backend: {@code COALESCE}, {@code LOWER}, {@code UPPER},
 * {@code LENGTH} (characters, not bytes), {@code CONCAT} (NULL taken as '', as Django does) and {@code NOW}
 * (the current UTC time in the backend's date-time storage). Built through {@link Functions}.
 *
 * <pre>{@code Functions.concat(BOOK.title, " (", BOOK.isbn, ")")}</pre>
 *
 * @param name the function
 * @param args its arguments
 */
public record Func(Name name, List<Expression> args) implements Expression {
    /** The functions. */
    public enum Name {
        COALESCE, LOWER, UPPER, LENGTH, CONCAT, NOW
    }

    public Func {
        args = List.copyOf(args);
    }

    @Override
    public FieldKind kind() {
        return switch (name) {
            case LENGTH -> FieldKind.INT;
            case CONCAT -> FieldKind.TEXT;
            case NOW -> FieldKind.DATETIME;
            case COALESCE -> {
                for (Expression a : args) {
                    if (!(a instanceof Value v && v.kind() == null)) {
                        yield a.kind();
                    }
                }
                yield FieldKind.TEXT;
            }
            default -> args.getFirst().kind();
        };
    }

    @Override
    public void render(SqlWriter w) {
        w.dialect().renderFunction(w, this);
    }

    @Override
    public void shape(StringBuilder key) {
        key.append(name).append('(');
        for (Expression a : args) {
            a.shape(key);
            key.append(',');
        }
        key.append(')');
    }
}
