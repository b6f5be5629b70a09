package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CASE WHEN c1 THEN v1 … ELSE d END}: the value of the first matching branch, else the default (NULL when
 * none is given).
 *
 * <pre>{@code
 * Case.when(BOOK.pages.gt(400), "long").orWhen(BOOK.pages.gt(100), "medium").otherwise("short")
 * }</pre>
 *
 * @param whens     the branches, in order
 * @param otherwise the default value, or null
 */
public record Case(List<When> whens, Expression otherwise) implements Expression {
    /** One branch. */
    public record When(Condition condition, Expression then) {
    }

    public Case {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new IllegalArgumentException("Case needs at least one When");
        }
    }

    /** A case with one branch; {@code then} is an expression, a field, or a literal bound as a parameter. */
    public static Case when(Condition condition, Object then) {
        return new Case(List.of(new When(condition, Expressions.literal(then))), null);
    }

    /** Adds a branch after the existing ones. */
    public Case orWhen(Condition condition, Object then) {
        List<When> more = new ArrayList<>(whens);
        more.add(new When(condition, Expressions.literal(then)));
        return new Case(more, otherwise);
    }

    /** Sets the default value. */
    public Case otherwise(Object value) {
        return new Case(whens, Expressions.literal(value));
    }

    @Override
    public FieldKind kind() {
        return whens.getFirst().then().kind();
    }

    @Override
    public void render(SqlWriter w) {
        w.sql("CASE");
        for (When when : whens) {
            w.sql(" WHEN ");
            when.condition().render(w);
            w.sql(" THEN ");
            when.then().render(w);
        }
        if (otherwise != null) {
            w.sql(" ELSE ");
            otherwise.render(w);
        }
        w.sql(" END");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("CASE(");
        for (When when : whens) {
            when.condition().shape(key);
            key.append("->");
            when.then().shape(key);
            key.append(';');
        }
        if (otherwise != null) {
            key.append("ELSE:");
            otherwise.shape(key);
        }
        key.append(')');
    }
}
