package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * A date or date-time truncated to the start of its year, quarter, month, ISO week (Monday), day, hour or minute;
 * date-times are truncated in UTC. The result has the source's kind.
 *
 * <pre>{@code Functions.trunc(Trunc.Unit.MONTH, BOOK.published)   // 1965-08-01 for 1965-08-17}</pre>
 *
 * @param unit   the precision kept
 * @param source a DATE or DATETIME expression
 */
public record Trunc(Unit unit, Expression source) implements Expression {
    /** Truncation units; HOUR and MINUTE need a date-time. */
    public enum Unit {
        YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE
    }

    @Override
    public FieldKind kind() {
        return source.kind();
    }

    @Override
    public void render(SqlWriter w) {
        w.dialect().renderTrunc(w, unit, source);
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("TRUNC:").append(unit).append('(');
        source.shape(key);
        key.append(')');
    }
}
