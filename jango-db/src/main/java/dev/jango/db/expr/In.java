package dev.jango.db.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code x IN (?, ?, …)}. An empty list matches nothing and renders {@code 1 = 0} instead of invalid SQL.
 *
 * @param expression the tested expression
 * @param values     the candidate values, already checked against the field
 */
public record In(Expression expression, List<Expression> values) implements Condition {
    public In {
        values = List.copyOf(values);
    }

    static Condition of(Expression expression, Collection<?> values) {
        if (values.isEmpty()) {
            return Constant.FALSE;
        }
        List<Expression> operands = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException(expression + ": an in-list cannot contain null (use isNull)");
            }
            operands.add(Values.operand(expression, v));
        }
        return new In(expression, operands);
    }

    @Override
    public void render(SqlWriter w) {
        expression.render(w);
        w.sql(" IN (");
        for (int i = 0; i < values.size(); i++) {
            w.sql(i == 0 ? "" : ", ");
            values.get(i).render(w);
        }
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append("IN").append(values.size());
    }
}
