package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * A field named by a string ({@code F.of("pages")}), not yet checked against a model. The QuerySet resolves it
 * into a {@link FieldRef} before compiling, so an unknown name fails before any SQL exists.
 *
 * @param name the field name
 */
public record PathRef(String name) implements Expression {
    @Override
    public FieldKind kind() {
        throw unresolved();
    }

    @Override
    public void render(SqlWriter w) {
        throw unresolved();
    }

    @Override
    public void shape(StringBuilder key) {
        throw unresolved();
    }

    @Override
    public Expression plus(Object other) {
        return new Arithmetic(this, Arithmetic.Op.ADD, Expressions.operand(other, null));
    }

    @Override
    public Expression minus(Object other) {
        return new Arithmetic(this, Arithmetic.Op.SUB, Expressions.operand(other, null));
    }

    @Override
    public Expression times(Object other) {
        return new Arithmetic(this, Arithmetic.Op.MUL, Expressions.operand(other, null));
    }

    @Override
    public Expression div(Object other) {
        return new Arithmetic(this, Arithmetic.Op.DIV, Expressions.operand(other, null));
    }

    private IllegalStateException unresolved() {
        return new IllegalStateException("F(\"" + name + "\") was not resolved against a model");
    }
}
