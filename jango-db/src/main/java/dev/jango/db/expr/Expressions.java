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
}
