package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * A transform extracting one part of a date, date-time or time as an integer, then comparable like any number.
 * Date-times are stored in UTC, so parts are UTC parts on every backend.
 *
 * <pre>{@code BOOK.published.year().gte(2020)   // PostgreSQL: EXTRACT(YEAR FROM "book"."published") >= ?}</pre>
 *
 * @param part   which part
 * @param source the temporal expression
 */
public record DatePart(Part part, Expression source) implements Expression {
    /** The extractable parts; {@code WEEK_DAY} is 1 = Sunday … 7 = Saturday and {@code WEEK} the ISO week. */
    public enum Part {
        YEAR, QUARTER, MONTH, WEEK, DAY, WEEK_DAY, HOUR, MINUTE, SECOND;

        /** The string-path name ({@code week_day}). */
        public String lookupName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public FieldKind kind() {
        return FieldKind.INT;
    }

    @Override
    public void render(SqlWriter w) {
        w.dialect().renderDatePart(w, part, source);
    }

    @Override
    public void shape(StringBuilder key) {
        key.append(part.name()).append('(');
        source.shape(key);
        key.append(')');
    }
}
