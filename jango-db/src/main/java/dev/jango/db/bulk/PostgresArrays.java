package dev.jango.db.bulk;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.schema.SchemaEditor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's fast path for bulk writes: one text array per column, {@code unnest}ed and cast to the column
 * types on the server, so a batch of any size is one statement with one parameter per column instead of one per
 * value (parsing and planning a 65,535-parameter VALUES list is what makes the portable form slow). Used for the
 * kinds whose text form PostgreSQL parses exactly. Framework use.
 *
 * <pre>{@code
 * INSERT INTO "book" ("title", "pages") SELECT "u"."c0"::varchar(200), "u"."c1"::integer
 *   FROM unnest(?::text[], ?::text[]) AS "u" ("c0", "c1") RETURNING "id"
 * }</pre>
 */
final class PostgresArrays {
    private static final Set<FieldKind> TEXT_SAFE = EnumSet.of(FieldKind.AUTO, FieldKind.BIG_AUTO, FieldKind.INT,
            FieldKind.LONG, FieldKind.DOUBLE, FieldKind.DECIMAL, FieldKind.BOOLEAN, FieldKind.CHAR, FieldKind.TEXT,
            FieldKind.ENUM, FieldKind.DATE, FieldKind.DATETIME, FieldKind.UUID);
    private static final SchemaEditor EDITOR = SchemaEditor.forVendor("POSTGRESQL");

    private PostgresArrays() {
    }

    /** Whether every field has a kind whose values travel exactly as text. */
    static boolean supports(List<? extends Field<?, ?>> fields) {
        for (Field<?, ?> f : fields) {
            if (!TEXT_SAFE.contains(f.kind())) {
                return false;
            }
        }
        return true;
    }

    /** The column's type without identity clauses, for the cast. */
    static String type(Field<?, ?> f) {
        String type = EDITOR.columnType(f.spec());
        int generated = type.indexOf(" GENERATED");
        return generated < 0 ? type : type.substring(0, generated);
    }

    /** {@code unnest(?::text[], …) AS "u" ("c0", …)}. */
    static void unnest(StringBuilder sql, int columns) {
        sql.append("unnest(").append("?::text[], ".repeat(columns - 1)).append("?::text[]) AS \"u\" (");
        for (int c = 0; c < columns; c++) {
            sql.append(c == 0 ? "" : ", ").append("\"c").append(c).append('"');
        }
        sql.append(')');
    }

    /** Binds column {@code c} of {@code rows[from..to)} as a text array at {@code index}. */
    static void bind(PreparedStatement ps, int index, List<BoundValue[]> rows, int from, int to, int c)
            throws SQLException {
        String[] texts = new String[to - from];
        for (int r = from; r < to; r++) {
            texts[r - from] = text(rows.get(r)[c].value());
        }
        ps.setArray(index, ps.getConnection().createArrayOf("text", texts));
    }

    /** PostgreSQL's input form of a checked value (ISO dates and instants, plain decimals). */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }
}
