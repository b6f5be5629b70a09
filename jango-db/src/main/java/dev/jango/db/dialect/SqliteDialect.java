package dev.jango.db.dialect;

import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.Regex;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.TextMatch;
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
}
