package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * {@code CAST(source AS type)}, the type spelled per backend for the target storage kind.
 *
 * <pre>{@code Functions.cast(BOOK.pages, FieldKind.TEXT)   // PostgreSQL: CAST("book"."pages" AS TEXT)}</pre>
 *
 * @param source the converted expression
 * @param target the kind of the result (INT, LONG, DOUBLE, DECIMAL, CHAR, TEXT or DATE)
 */
public record Cast(Expression source, FieldKind target) implements Expression {
    @Override
    public FieldKind kind() {
        return target;
    }

    @Override
    public void render(SqlWriter w) {
        w.sql("CAST(");
        source.render(w);
        w.sql(" AS ").sql(w.dialect().castType(target)).sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("CAST(");
        source.shape(key);
        key.append(target).append(')');
    }
}
