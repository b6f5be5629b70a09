package dev.jango.db.dialect;

import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.Aggregate;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.Func;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.Regex;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.TextMatch;
import dev.jango.db.expr.Trunc;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.ExpressionError;

/**
 * The SQL differences of one backend: capability flags ({@link #features()}) plus render hooks for the nodes
 * whose syntax differs. Everything else renders the same everywhere. One immutable instance per vendor, each
 * with its own {@link SqlCache}.
 *
 * <pre>{@code
 * Dialect d = Dialect.of(Vendor.MARIADB);
 * d.features().nullsOrdering();   // false: emulated with an IS NULL sort key
 * }</pre>
 */
public abstract sealed class Dialect permits SqliteDialect, PostgresDialect, MariaDbDialect {
    public static final Dialect SQLITE = new SqliteDialect();
    public static final Dialect POSTGRESQL = new PostgresDialect();
    public static final Dialect MARIADB = new MariaDbDialect();

    private final SqlCache cache = new SqlCache(2048);

    Dialect() {
    }

    /** The dialect of {@code vendor}. */
    public static Dialect of(Vendor vendor) {
        return switch (vendor) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
        };
    }

    public abstract Vendor vendor();

    public abstract Features features();

    /** The SQL text cache of this dialect. */
    public final SqlCache cache() {
        return cache;
    }

    public final String quote(String identifier) {
        return vendor().quote(identifier);
    }

    /** Case-sensitive text equality ({@code exact} on a char/text field). */
    public void renderTextEquals(SqlWriter w, Expression left, Expression right) {
        left.render(w);
        w.sql(" = ");
        right.render(w);
    }

    /** The LIKE-family lookups with the case sensitivity the lookup asks for. */
    public abstract void renderTextMatch(SqlWriter w, TextMatch match);

    public abstract void renderRegex(SqlWriter w, Regex regex);

    public abstract void renderDatePart(SqlWriter w, DatePart.Part part, Expression source);

    /** An aggregate call with its DISTINCT and filter. */
    public void renderAggregate(SqlWriter w, Aggregate aggregate) {
        Rendering.aggregateWithFilterClause(w, aggregate);
    }

    /** A scalar function ({@link Func.Name}). */
    public void renderFunction(SqlWriter w, Func f) {
        switch (f.name()) {
            case CONCAT -> Rendering.concatWithPipes(w, f);
            case NOW -> w.sql("CURRENT_TIMESTAMP");
            default -> Rendering.call(w, f.name().name(), f);
        }
    }

    /** The SQL type a {@code CAST} to {@code kind} names. */
    public String castType(FieldKind kind) {
        return switch (kind) {
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "NUMERIC";
            case CHAR, TEXT -> "TEXT";
            case DATE -> "DATE";
            default -> throw unsupportedCast(kind);
        };
    }

    static ExpressionError unsupportedCast(FieldKind kind) {
        return new ExpressionError("Cast: cannot cast to " + kind
                + " (supported: INT, LONG, DOUBLE, DECIMAL, CHAR, TEXT, DATE)");
    }

    /** A date or date-time truncated to {@code unit}, keeping the source's kind. */
    public abstract void renderTrunc(SqlWriter w, Trunc.Unit unit, Expression source);

    /** HOUR and MINUTE truncation need a date-time; only dates and date-times can be truncated. */
    static void checkTrunc(Trunc.Unit unit, Expression source) {
        FieldKind k = source.kind();
        boolean timeUnit = unit == Trunc.Unit.HOUR || unit == Trunc.Unit.MINUTE;
        if (k != FieldKind.DATETIME && (k != FieldKind.DATE || timeUnit)) {
            throw new ExpressionError("Trunc(" + unit + "): cannot truncate " + source + " of kind " + k);
        }
    }

    /** One ORDER BY item, emulating NULLS FIRST/LAST where the backend lacks it. */
    public void renderOrderBy(SqlWriter w, OrderBy order) {
        String direction = order.ascending() ? " ASC" : " DESC";
        if (order.nulls() != OrderBy.Nulls.DEFAULT && !features().nullsOrdering()) {
            order.expression().render(w);
            w.sql(order.nulls() == OrderBy.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL ASC, ");
        }
        order.expression().render(w);
        w.sql(direction);
        if (order.nulls() != OrderBy.Nulls.DEFAULT && features().nullsOrdering()) {
            w.sql(order.nulls() == OrderBy.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /**
     * {@code LIMIT 50 OFFSET 100}; either may be null (absent). The numbers are written into the SQL, not bound:
     * with {@code LIMIT ?} PostgreSQL cannot know how few rows a prepared statement wants, so its generic plan
     * looks costly and it plans every execution afresh (as costly as running the page query itself). The values
     * are longs checked by {@code QuerySet.limit/offset}, and the SQL cache keys on them (Compiler.shapeTail).
     */
    public void renderLimitOffset(SqlWriter w, Long limit, Long offset) {
        if (limit != null) {
            w.sql(" LIMIT ").sql(Long.toString(limit));
        } else if (offset != null) {
            w.sql(" LIMIT ").sql(unboundedLimit());
        }
        if (offset != null) {
            w.sql(" OFFSET ").sql(Long.toString(offset));
        }
    }

    /** What to write as LIMIT when only OFFSET is wanted. */
    String unboundedLimit() {
        return "ALL";
    }

    /** Binds the text pattern of {@code match}, escaped for LIKE. */
    static void bindLike(SqlWriter w, TextMatch match) {
        w.bind(match.mode().pattern(TextMatch.escapeLike(match.text()), "%"), FieldKind.TEXT);
    }

    @Override
    public String toString() {
        return "Dialect[" + vendor() + "]";
    }
}
