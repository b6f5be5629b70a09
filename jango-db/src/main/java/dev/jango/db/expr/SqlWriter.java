package dev.jango.db.expr;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.meta.EnumField;
import dev.jango.db.meta.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink every query node renders into: SQL text plus the parameters, in order. In parameter-only mode (a
 * cached SQL string exists for the query's shape) text is dropped and only values are collected, so one render
 * method serves both paths and parameter order cannot drift from placeholder order.
 *
 * <pre>{@code
 * SqlWriter w = SqlWriter.full(Dialect.POSTGRESQL);
 * condition.render(w);
 * w.sql();      // "\"book\".\"title\" = ?"
 * w.params();   // [BoundValue[value=Dune, kind=CHAR]]
 * }</pre>
 */
public final class SqlWriter {
    private final Dialect dialect;
    private final StringBuilder sql;
    private final List<BoundValue> params = new ArrayList<>();

    private SqlWriter(Dialect dialect, boolean withText) {
        this.dialect = dialect;
        this.sql = withText ? new StringBuilder(128) : null;
    }

    /** A writer collecting SQL text and parameters. */
    public static SqlWriter full(Dialect dialect) {
        return new SqlWriter(dialect, true);
    }

    /** A writer collecting parameters only (the SQL for this shape is cached). */
    public static SqlWriter paramsOnly(Dialect dialect) {
        return new SqlWriter(dialect, false);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Appends SQL text that comes from the framework itself (keywords, operators), never from input. */
    public SqlWriter sql(String text) {
        if (sql != null) {
            sql.append(text);
        }
        return this;
    }

    /** Appends a quoted identifier; identifiers only ever come from the metamodel. */
    public SqlWriter id(String identifier) {
        if (sql != null) {
            sql.append(dialect.quote(identifier));
        }
        return this;
    }

    /** Appends {@code "table"."column"}. */
    public SqlWriter column(String table, String column) {
        return id(table).sql(".").id(column);
    }

    /** Appends a placeholder and binds {@code value} with the storage kind of the field it is compared to. */
    public SqlWriter bind(Object value, FieldKind kind) {
        sql("?");
        params.add(bound(value, kind));
        return this;
    }

    /** Enums travel as their stored key; every other value as itself with its field's kind. */
    public static BoundValue bound(Object value, FieldKind kind) {
        if (value instanceof Enum<?> e) {
            return new BoundValue(EnumField.keyOf(e), FieldKind.CHAR);
        }
        if (kind == FieldKind.ENUM) {
            return new BoundValue(value, FieldKind.CHAR);
        }
        return new BoundValue(value, kind);
    }

    public String sql() {
        if (sql == null) {
            throw new IllegalStateException("parameter-only writer has no SQL text");
        }
        return sql.toString();
    }

    public List<BoundValue> params() {
        return List.copyOf(params);
    }
}
