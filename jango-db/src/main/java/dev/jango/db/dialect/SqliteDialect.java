package dev.jango.db.dialect;

import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.Regex;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.TextMatch;
import dev.jango.db.expr.Trunc;
import dev.jango.db.meta.FieldKind;

/**
 * SQLite (3.35+ for RETURNING, 3.46+ for ISO weeks). LIKE ignores ASCII case, so case-sensitive pattern lookups
 * use GLOB; date parts come from {@code strftime} over the ISO text the values are stored as; REGEXP calls a
 * Java function registered per connection ({@link SqliteFunctions}).
 */
final class SqliteDialect extends Dialect {
    private static final Features FEATURES = new Features(true, true, true, true, false, 32_766);

    @Override
    public Vendor vendor() {
        return Vendor.SQLITE;
    }

    @Override
    public Features features() {
        return FEATURES;
    }

    @Override
    public void renderTextMatch(SqlWriter w, TextMatch match) {
        match.expression().render(w);
        if (match.caseInsensitive()) {
            w.sql(" LIKE ");
            bindLike(w, match);
            w.sql(" ESCAPE '\\'");
        } else {
            w.sql(" GLOB ").bind(match.mode().pattern(TextMatch.escapeGlob(match.text()), "*"), FieldKind.TEXT);
        }
    }

    @Override
    public void renderRegex(SqlWriter w, Regex regex) {
        regex.expression().render(w);
        w.sql(regex.caseInsensitive() ? " REGEXP ('(?iu)' || " : " REGEXP (");
        w.bind(regex.pattern(), FieldKind.TEXT).sql(")");
    }

    @Override
    public void renderDatePart(SqlWriter w, DatePart.Part part, Expression source) {
        if (part == DatePart.Part.QUARTER) {
            w.sql("((CAST(strftime('%m', ");
            source.render(w);
            w.sql(") AS INTEGER) + 2) / 3)");
            return;
        }
        String format = switch (part) {
            case YEAR -> "%Y";
            case MONTH -> "%m";
            case WEEK -> "%V";
            case DAY -> "%d";
            case WEEK_DAY -> "%w";
            case HOUR -> "%H";
            case MINUTE -> "%M";
            case SECOND -> "%S";
            case QUARTER -> throw new AssertionError("handled above");
        };
        w.sql("CAST(strftime('").sql(format).sql("', ");
        source.render(w);
        w.sql(") AS INTEGER)");
        // strftime's %w counts Sunday as 0; week_day is 1 = Sunday as in Django.
        w.sql(part == DatePart.Part.WEEK_DAY ? " + 1" : "");
    }

    @Override
    String unboundedLimit() {
        return "-1";
    }

    @Override
    public void renderFunction(SqlWriter w, dev.jango.db.expr.Func f) {
        if (f.name() == dev.jango.db.expr.Func.Name.NOW) {
            // The text form date-times are stored in (UTC, microseconds are not available: milliseconds).
            w.sql("strftime('%Y-%m-%d %H:%M:%f', 'now')");
            return;
        }
        super.renderFunction(w, f);
    }

    @Override
    public String castType(FieldKind kind) {
        return switch (kind) {
            case INT, LONG -> "INTEGER";
            case DOUBLE -> "REAL";
            case DECIMAL -> "NUMERIC";
            case CHAR, TEXT, DATE -> "TEXT";
            default -> throw unsupportedCast(kind);
        };
    }

    @Override
    public void renderTrunc(SqlWriter w, Trunc.Unit unit, Expression source) {
        checkTrunc(unit, source);
        boolean date = source.kind() == FieldKind.DATE;
        String time = date ? "" : " 00:00:00";
        switch (unit) {
            case YEAR -> strftime(w, "%Y-01-01" + time, source);
            case MONTH -> strftime(w, "%Y-%m-01" + time, source);
            case DAY -> strftime(w, "%Y-%m-%d" + time, source);
            case HOUR -> strftime(w, "%Y-%m-%d %H:00:00", source);
            case MINUTE -> strftime(w, "%Y-%m-%d %H:%M:00", source);
            case WEEK -> {
                // 'weekday 0' moves to the coming Sunday (or stays on one); six days back is that week's Monday.
                w.sql("(date(");
                source.render(w);
                w.sql(", 'weekday 0', '-6 days')").sql(date ? ")" : " || ' 00:00:00')");
            }
            case QUARTER -> {
                w.sql("(strftime('%Y-', ");
                source.render(w);
                w.sql(") || printf('%02d', ((CAST(strftime('%m', ");
                source.render(w);
                w.sql(") AS INTEGER) - 1) / 3) * 3 + 1) || '-01").sql(time).sql("')");
            }
        }
    }

    private static void strftime(SqlWriter w, String format, Expression source) {
        w.sql("strftime('").sql(format).sql("', ");
        source.render(w);
        w.sql(")");
    }
}
