package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/** Helpers turning plain Java values into expression operands. */
final class Expressions {
    private Expressions() {
    }

    /** An expression stays itself; any other value becomes a bound {@link Value} of the other side's kind. */
    static Expression operand(Object value, FieldKind kind) {
        if (value instanceof Expression e) {
            return e;
        }
        if (value instanceof dev.jango.db.meta.Field<?, ?> f) {
            return new FieldRef(f);
        }
        return new Value(kind == null ? value : Values.convert("operand", kind, value), kind);
    }

    /** An expression or field as itself; any other value a bound {@link Value} whose kind follows its Java type. */
    static Expression literal(Object value) {
        return switch (value) {
            case Expression e -> e;
            case dev.jango.db.meta.Field<?, ?> f -> new FieldRef(f);
            case null -> new Value(null, null);
            case String s -> new Value(s, FieldKind.TEXT);
            case Integer i -> new Value(i, FieldKind.INT);
            case Long l -> new Value(l, FieldKind.LONG);
            case Double d -> new Value(d, FieldKind.DOUBLE);
            case java.math.BigDecimal d -> new Value(d, FieldKind.DECIMAL);
            case Boolean b -> new Value(b, FieldKind.BOOLEAN);
            case java.time.LocalDate d -> new Value(d, FieldKind.DATE);
            case java.time.Instant i -> new Value(i, FieldKind.DATETIME);
            case Enum<?> e -> new Value(e, FieldKind.ENUM);
            default -> throw new IllegalArgumentException("cannot use " + value + " ("
                    + value.getClass().getName() + ") as an SQL value");
        };
    }
}
