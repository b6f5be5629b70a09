package dev.jango.db.bulk;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.dialect.ServerCapabilities;
import dev.jango.db.expr.Values;
import dev.jango.db.meta.EnumField;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.InvalidValueError;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.core.BaseConnection;

/**
 * PostgreSQL's fast path for bulk writes: one binary array per column ({@code int4[]}, {@code numeric[]},
 * {@code timestamptz[]}, …) {@code unnest}ed on the server, so a batch of any size is one statement with one
 * parameter per column, and the server reads each value with its type's binary receive function instead of
 * parsing text. The column's own type (varchar length, numeric precision) is applied by the INSERT or UPDATE's
 * assignment cast, as for any other write. Framework use.
 *
 * <pre>{@code
 * INSERT INTO "book" ("title", "pages") SELECT "u"."c0", "u"."c1"
 *   FROM unnest(?::text[], ?::int4[]) AS "u" ("c0", "c1") RETURNING "id"
 * }</pre>
 */
final class PostgresArrays {
    private PostgresArrays() {
    }

    /** The value of one cell of the rows being written: row {@code row}, column {@code column}, unchecked. */
    @FunctionalInterface
    interface Cells {
        Object get(int row, int column);
    }

    /**
     * Whether {@code db} takes this path for {@code fields}: PostgreSQL with the extended query protocol (binary
     * parameters; {@code preferQueryMode=simple} sends text only) and a binary element type for every field.
     */
    static boolean usable(Database db, List<? extends Field<?, ?>> fields) {
        if (db.vendor() != Vendor.POSTGRESQL) {
            return false;
        }
        for (Field<?, ?> f : fields) {
            if (PgElement.of(f.kind()) == null) {
                return false;
            }
        }
        return ServerCapabilities.binaryParameters(db);
    }

    /**
     * {@code value} checked against {@code field}: a value already of the field's Java type (and short enough
     * for a char field) is taken as is, anything else goes through {@link Values#check}, which converts or
     * rejects it with the same message as the per-row path.
     */
    static Object checked(Field<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        FieldKind kind = field.kind();
        if (value.getClass() == kind.javaType() && !(field instanceof EnumField<?, ?>)
                && !(kind == FieldKind.CHAR && ((String) value).length() > field.spec().maxLength()
                && field.spec().maxLength() > 0)) {
            return value;
        }
        return Values.check(field, value);
    }

    /** {@code unnest(?::int4[], …) AS "u" ("c0", …)} for arrays of {@code elements}. */
    static void unnest(StringBuilder sql, PgElement[] elements) {
        sql.append("unnest(");
        for (int c = 0; c < elements.length; c++) {
            sql.append(c == 0 ? "?::" : ", ?::").append(elements[c].sqlName()).append("[]");
        }
        sql.append(") AS \"u\" (");
        for (int c = 0; c < elements.length; c++) {
            sql.append(c == 0 ? "" : ", ").append("\"c").append(c).append('"');
        }
        sql.append(')');
    }

    /**
     * Binds a batch's arrays as parameters 1…n. pgjdbc sends binary only for the types in the connection's
     * binary-send set, which by default lacks some array types (numeric, date, timestamptz, bool, uuid); they are
     * added to this connection's set, which changes nothing for other parameters.
     */
    static void bind(PreparedStatement ps, PgArrayParameter[] params) throws SQLException {
        BaseConnection pg = ps.getConnection().unwrap(BaseConnection.class);
        for (int c = 0; c < params.length; c++) {
            int oid = params[c].element().arrayOid();
            if (!pg.binaryTransferSend(oid)) {
                pg.getQueryExecutor().addBinarySendOid(oid);
            }
            ps.setObject(c + 1, params[c]);
        }
    }
}
