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
 * MariaDB (10.5+, for RETURNING) and MySQL-compatible servers. Default collations are case-insensitive, so the
 * case-sensitive lookups compare against a BINARY cast and the insensitive ones lower both sides (which also
 * works when a column was declared with a binary collation).
 */
final class MariaDbDialect extends Dialect {
    private static final Features FEATURES = new Features(false, false, true, false, true, 65_535);

    @Override
    public Vendor vendor() {
        return Vendor.MARIADB;
    }

    @Override
    public Features features() {
        return FEATURES;
    }

    @Override
    public void renderTextEquals(SqlWriter w, Expression left, Expression right) {
        left.render(w);
        w.sql(" = CAST(");
        right.render(w);
        w.sql(" AS BINARY)");
    }

    @Override
    public void renderTextMatch(SqlWriter w, TextMatch match) {
        if (match.caseInsensitive()) {
            w.sql("LOWER(");
            match.expression().render(w);
            if (match.mode() == TextMatch.Mode.EXACT) {
                w.sql(") = LOWER(").bind(match.text(), FieldKind.TEXT).sql(")");
            } else {
                w.sql(") LIKE LOWER(");
                bindLike(w, match);
                w.sql(")");
            }
            return;
        }
        match.expression().render(w);
        // Backslash is already MariaDB's LIKE escape character.
        w.sql(" LIKE CAST(");
        bindLike(w, match);
        w.sql(" AS BINARY)");
    }

    @Override
    public void renderRegex(SqlWriter w, Regex regex) {
        // An inline PCRE flag makes the sensitivity independent of the column's collation.
        regex.expression().render(w);
        w.sql(regex.caseInsensitive() ? " REGEXP CONCAT('(?i)', " : " REGEXP CONCAT('(?-i)', ");
        w.bind(regex.pattern(), FieldKind.TEXT).sql(")");
    }

    @Override
    public void renderDatePart(SqlWriter w, DatePart.Part part, Expression source) {
        String function = switch (part) {
            case YEAR -> "YEAR(";
            case QUARTER -> "QUARTER(";
            case MONTH -> "MONTH(";
            case WEEK -> "WEEK(";
            case DAY -> "DAYOFMONTH(";
            case WEEK_DAY -> "DAYOFWEEK(";
            case HOUR -> "HOUR(";
            case MINUTE -> "MINUTE(";
            case SECOND -> "SECOND(";
        };
        w.sql(function);
        source.render(w);
        // Mode 3: ISO-8601 weeks (Monday first, week 1 has 4+ days), as Django and PostgreSQL count them.
        w.sql(part == DatePart.Part.WEEK ? ", 3)" : ")");
    }

    @Override
    String unboundedLimit() {
        return "18446744073709551615";
    }

    @Override
    public void renderAggregate(SqlWriter w, dev.jango.db.expr.Aggregate aggregate) {
        Rendering.aggregateWithCase(w, aggregate);
    }

    @Override
    public void renderFunction(SqlWriter w, dev.jango.db.expr.Func f) {
        switch (f.name()) {
            case CONCAT -> {
                // MariaDB's CONCAT is NULL as soon as one part is.
                w.sql("CONCAT(");
                for (int i = 0; i < f.args().size(); i++) {
                    w.sql(i == 0 ? "" : ", ");
                    Rendering.orEmpty(w, f.args().get(i));
                }
                w.sql(")");
            }
            // LENGTH counts bytes here.
            case LENGTH -> Rendering.call(w, "CHAR_LENGTH", f);
            // Date-times are stored as UTC DATETIME(6).
            case NOW -> w.sql("UTC_TIMESTAMP(6)");
            default -> super.renderFunction(w, f);
        }
    }

    @Override
    public String castType(FieldKind kind) {
        return switch (kind) {
            case INT, LONG -> "SIGNED";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(65, 10)";
            case CHAR, TEXT -> "CHAR";
            case DATE -> "DATE";
            default -> throw unsupportedCast(kind);
        };
    }

    @Override
    public void renderTrunc(SqlWriter w, Trunc.Unit unit, Expression source) {
        checkTrunc(unit, source);
        String type = source.kind() == FieldKind.DATE ? "DATE" : "DATETIME(6)";
        w.sql("CAST(");
        switch (unit) {
            case YEAR -> format(w, "%Y-01-01 00:00:00", source);
            case MONTH -> format(w, "%Y-%m-01 00:00:00", source);
            case DAY -> format(w, "%Y-%m-%d 00:00:00", source);
            case HOUR -> format(w, "%Y-%m-%d %H:00:00", source);
            case MINUTE -> format(w, "%Y-%m-%d %H:%i:00", source);
            case WEEK -> {
                w.sql("DATE(");
                source.render(w);
                w.sql(") - INTERVAL WEEKDAY(");
                source.render(w);
                w.sql(") DAY");
            }
            case QUARTER -> {
                w.sql("MAKEDATE(YEAR(");
                source.render(w);
                w.sql("), 1) + INTERVAL (QUARTER(");
                source.render(w);
                w.sql(") - 1) QUARTER");
            }
        }
        w.sql(" AS ").sql(type).sql(")");
    }

    private static void format(SqlWriter w, String format, Expression source) {
        w.sql("DATE_FORMAT(");
        source.render(w);
        w.sql(", '").sql(format).sql("')");
    }
}
