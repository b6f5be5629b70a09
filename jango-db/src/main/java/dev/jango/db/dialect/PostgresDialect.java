package dev.jango.db.dialect;

import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.Regex;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.TextMatch;
import dev.jango.db.expr.Trunc;
import dev.jango.db.meta.FieldKind;

/** PostgreSQL: the reference dialect; native ILIKE, regex operators, EXTRACT and NULLS FIRST/LAST. */
final class PostgresDialect extends Dialect {
    private static final Features FEATURES = new Features(true, true, true, false, true, 65_535);

    @Override
    public Vendor vendor() {
        return Vendor.POSTGRESQL;
    }

    @Override
    public Features features() {
        return FEATURES;
    }

    @Override
    public void renderTextMatch(SqlWriter w, TextMatch match) {
        if (match.mode() == TextMatch.Mode.EXACT) {
            w.sql("UPPER(");
            match.expression().render(w);
            w.sql(") = UPPER(").bind(match.text(), FieldKind.TEXT).sql(")");
            return;
        }
        match.expression().render(w);
        w.sql(match.caseInsensitive() ? " ILIKE " : " LIKE ");
        bindLike(w, match);
        w.sql(" ESCAPE '\\'");
    }

    @Override
    public void renderRegex(SqlWriter w, Regex regex) {
        regex.expression().render(w);
        w.sql(regex.caseInsensitive() ? " ~* " : " ~ ").bind(regex.pattern(), FieldKind.TEXT);
    }

    @Override
    public void renderDatePart(SqlWriter w, DatePart.Part part, Expression source) {
        String field = switch (part) {
            case WEEK_DAY -> "DOW";
            default -> part.name();
        };
        // EXTRACT returns numeric with fractions for SECOND; whole seconds match the other backends.
        w.sql(part == DatePart.Part.SECOND ? "FLOOR(EXTRACT(" : "EXTRACT(").sql(field).sql(" FROM ");
        source.render(w);
        // timestamptz values are read as UTC parts, whatever the session time zone says.
        w.sql(source.kind() == FieldKind.DATETIME ? " AT TIME ZONE 'UTC')" : ")");
        w.sql(part == DatePart.Part.SECOND ? ")" : "");
        w.sql(part == DatePart.Part.WEEK_DAY ? " + 1" : "");
    }

    @Override
    public void renderTrunc(SqlWriter w, Trunc.Unit unit, Expression source) {
        checkTrunc(unit, source);
        String u = "'" + unit.name().toLowerCase(java.util.Locale.ROOT) + "'";
        if (source.kind() == FieldKind.DATE) {
            w.sql("CAST(DATE_TRUNC(").sql(u).sql(", ");
            source.render(w);
            w.sql(") AS DATE)");
            return;
        }
        // Truncated in UTC whatever the session zone, then back to timestamptz.
        w.sql("(DATE_TRUNC(").sql(u).sql(", ");
        source.render(w);
        w.sql(" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')");
    }
}
