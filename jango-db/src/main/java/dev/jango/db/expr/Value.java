package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * A literal value, always sent as a bound parameter.
 *
 * @param value the Java value (may be null)
 * @param kind  the storage kind it is bound with
 */
public record Value(Object value, FieldKind kind) implements Expression {
    @Override
    public void render(SqlWriter w) {
        w.bind(value, kind);
    }

    @Override
    public void shape(StringBuilder key) {
        key.append('?');
    }
}
