package dev.jango.db.bulk;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.Value;
import dev.jango.db.expr.Values;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.schema.SchemaEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * bulkUpdate: many objects' new values in few statements, all in one atomic block. With plain values on
 * PostgreSQL it joins binary column arrays ({@code UPDATE t SET c = u.c1 FROM unnest(…) u WHERE t.pk = u.c0}, see
 * {@link PostgresArrays}), or a VALUES list for kinds without an array form; otherwise,
 * and whenever a value is an expression, {@code SET c = CASE pk WHEN ? THEN … END WHERE pk IN (…)}. Framework
 * use: applications call {@code Manager.bulkUpdate}.
 *
 * <pre>{@code BulkUpdate.run(db, BOOK, books, b -> List.of(BOOK.pages.to(F.of(BOOK.pages).plus(1))), 1000);}</pre>
 */
public final class BulkUpdate {
    /** CASE lists are scanned per row, so their batches stay short whatever the parameter limit allows. */
    static final int MAX_CASE_ROWS = 1_000;

    private BulkUpdate() {
    }

    /** Writes {@code fields} of each object; returns the number of rows updated. */
    public static <M extends Entity> long run(Database db, ModelMeta<M> model, List<M> objects,
                                              List<Field<M, ?>> fields, int batchSize) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(model.name() + ".bulkUpdate needs at least one field");
        }
        for (Field<M, ?> f : fields) {
            if (f.model() != model || f == model.pk()) {
                throw new IllegalArgumentException(model.name() + ".bulkUpdate: cannot update " + f);
            }
        }
        List<Field<?, ?>> keyAndFields = new ArrayList<>(fields);
        keyAndFields.addFirst(model.pk());
        if (batchSize > 0 && PostgresArrays.usable(db, keyAndFields)) {
            // The fast path reads the fields straight from the objects: no assignment list per object.
            for (M o : objects) {
                requirePersisted(model, o);
            }
            PgRows rows = PgRows.encode(keyAndFields, objects.size(),
                    (row, column) -> column == 0 ? model.pk().get(objects.get(row))
                            : fields.get(column - 1).get(objects.get(row)));
            return objects.isEmpty() ? 0 : db.atomic(() -> arrays(db, model, keyAndFields, rows, batchSize));
        }
        return run(db, model, objects, o -> {
            List<Assignment> a = new ArrayList<>(fields.size());
            for (Field<M, ?> f : fields) {
                a.add(new Assignment(f, new Value(Values.check(f, f.get(o)), f.kind())));
            }
            return a;
        }, batchSize);
    }

    /** Writes the assignments {@code values} gives for each object (the same fields for all; values may be F). */
    public static <M extends Entity> long run(Database db, ModelMeta<M> model, List<M> objects,
                                              Function<? super M, List<Assignment>> values, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException(model.name() + ".bulkUpdate: batchSize must be positive, got "
                    + batchSize);
        }
        if (objects.isEmpty()) {
            return 0;
        }
        Field<M, ?> pk = model.pk();
        List<Object> keys = new ArrayList<>(objects.size());
        List<List<Assignment>> rows = new ArrayList<>(objects.size());
        List<Field<?, ?>> fields = null;
        boolean plain = true;
        for (M o : objects) {
            requirePersisted(model, o);
            List<Assignment> a = List.copyOf(values.apply(o));
            List<Field<?, ?>> these = a.stream().<Field<?, ?>>map(Assignment::field).toList();
            if (fields == null) {
                fields = these;
                if (fields.isEmpty()) {
                    throw new IllegalArgumentException(model.name() + ".bulkUpdate needs at least one field");
                }
            } else if (!fields.equals(these)) {
                throw new IllegalArgumentException(model.name() + ".bulkUpdate: every object must assign the same "
                        + "fields in the same order; got " + these + " after " + fields);
            }
            for (Assignment x : a) {
                plain &= x.value() instanceof Value;
            }
            keys.add(Values.check(pk, pk.get(o)));
            rows.add(a);
        }
        List<Field<?, ?>> assigned = fields;
        boolean valuesJoin = plain && db.vendor() == Vendor.POSTGRESQL;
        List<Field<?, ?>> keyAndFields = new ArrayList<>(assigned);
        keyAndFields.addFirst(pk);
        if (valuesJoin && PostgresArrays.usable(db, keyAndFields)) {
            PgRows encoded = PgRows.encode(keyAndFields, objects.size(),
                    (row, column) -> column == 0 ? keys.get(row)
                            : ((Value) rows.get(row).get(column - 1).value()).value());
            return db.atomic(() -> arrays(db, model, keyAndFields, encoded, batchSize));
        }
        int per = valuesJoin ? ParameterLimits.rowsPerStatement(db.vendor(), assigned.size() + 1, batchSize)
                : Math.min(MAX_CASE_ROWS,
                ParameterLimits.rowsPerStatement(db.vendor(), 2 * assigned.size() + 1, batchSize));
        return db.atomic(() -> {
            long updated = 0;
            for (int from = 0; from < objects.size(); from += per) {
                int to = Math.min(objects.size(), from + per);
                SqlWriter w = SqlWriter.full(Dialect.of(db.vendor()));
                if (valuesJoin) {
                    valuesJoin(w, model, assigned, keys.subList(from, to), rows.subList(from, to));
                } else {
                    caseWhen(w, model, assigned, keys.subList(from, to), rows.subList(from, to));
                }
                updated += db.update(w.sql(), w.params());
            }
            return updated;
        });
    }

    private static <M extends Entity> void requirePersisted(ModelMeta<M> model, M o) {
        if (o == null || !o.isPersisted()) {
            throw new IllegalArgumentException(model.name() + ".bulkUpdate: " + o
                    + " has no row yet (save or bulkCreate it first)");
        }
    }

    /**
     * PostgreSQL: {@code UPDATE t SET c = u.c1 FROM unnest(?::int8[], ?::numeric[]) u WHERE t.pk = u.c0}, one
     * statement per batch of binary column arrays ({@link PostgresArrays}); the same text for every batch.
     */
    private static long arrays(Database db, ModelMeta<?> model, List<Field<?, ?>> keyAndFields, PgRows rows,
                               int batchSize) {
        Vendor v = db.vendor();
        StringBuilder sql = new StringBuilder("UPDATE ").append(v.quote(model.table())).append(" SET ");
        for (int c = 1; c < keyAndFields.size(); c++) {
            sql.append(c == 1 ? "" : ", ").append(v.quote(keyAndFields.get(c).column())).append(" = \"u\".\"c")
                    .append(c).append('"');
        }
        sql.append(" FROM ");
        PostgresArrays.unnest(sql, rows.elements());
        sql.append(" WHERE ").append(v.quote(model.table())).append('.').append(v.quote(model.pk().column()))
                .append(" = \"u\".\"c0\"");
        String text = sql.toString();
        long updated = 0;
        for (int from = 0; from < rows.rows(); from += batchSize) {
            PgArrayParameter[] batch = rows.arrays(from, Math.min(rows.rows(), from + batchSize));
            updated += db.prepared(text, List.of(), ps -> {
                PostgresArrays.bind(ps, batch);
                return ps.executeUpdate();
            });
        }
        return updated;
    }

    private static void valuesJoin(SqlWriter w, ModelMeta<?> model, List<Field<?, ?>> fields, List<Object> keys,
                                   List<List<Assignment>> rows) {
        SchemaEditor editor = SchemaEditor.forVendor(Vendor.POSTGRESQL.name());
        Field<?, ?> pk = model.pk();
        w.sql("UPDATE ").id(model.table()).sql(" SET ");
        for (int f = 0; f < fields.size(); f++) {
            w.sql(f == 0 ? "" : ", ").id(fields.get(f).column()).sql(" = ").id("v").sql(".").id("c" + f);
        }
        w.sql(" FROM (VALUES ");
        for (int r = 0; r < keys.size(); r++) {
            w.sql(r == 0 ? "(" : ", (").bind(keys.get(r), pk.kind());
            if (r == 0) {
                w.sql("::" + castType(editor, pk));
            }
            for (int f = 0; f < fields.size(); f++) {
                Value value = (Value) rows.get(r).get(f).value();
                w.sql(", ").bind(value.value(), value.kind());
                if (r == 0) {
                    // The first row's casts type the VALUES columns; the rest follow them.
                    w.sql("::" + castType(editor, fields.get(f)));
                }
            }
            w.sql(")");
        }
        w.sql(") AS ").id("v").sql(" (").id("k");
        for (int f = 0; f < fields.size(); f++) {
            w.sql(", ").id("c" + f);
        }
        w.sql(") WHERE ").column(model.table(), pk.column()).sql(" = ").id("v").sql(".").id("k");
    }

    private static String castType(SchemaEditor editor, Field<?, ?> f) {
        String type = editor.columnType(f.spec());
        int generated = type.indexOf(" GENERATED");
        return generated < 0 ? type : type.substring(0, generated);
    }

    private static void caseWhen(SqlWriter w, ModelMeta<?> model, List<Field<?, ?>> fields, List<Object> keys,
                                 List<List<Assignment>> rows) {
        Field<?, ?> pk = model.pk();
        w.sql("UPDATE ").id(model.table()).sql(" SET ");
        for (int f = 0; f < fields.size(); f++) {
            w.sql(f == 0 ? "" : ", ").id(fields.get(f).column()).sql(" = CASE ").column(model.table(), pk.column());
            for (int r = 0; r < keys.size(); r++) {
                w.sql(" WHEN ").bind(keys.get(r), pk.kind()).sql(" THEN ");
                Expression e = rows.get(r).get(f).value();
                e.render(w);
            }
            w.sql(" ELSE ").column(model.table(), fields.get(f).column()).sql(" END");
        }
        w.sql(" WHERE ").column(model.table(), pk.column()).sql(" IN (");
        for (int r = 0; r < keys.size(); r++) {
            w.sql(r == 0 ? "" : ", ").bind(keys.get(r), pk.kind());
        }
        w.sql(")");
    }
}
