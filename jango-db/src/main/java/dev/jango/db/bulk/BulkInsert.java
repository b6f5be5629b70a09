package dev.jango.db.bulk;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.dialect.ServerCapabilities;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.Values;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.InstanceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * bulkCreate: every value is checked before any SQL is sent, then one statement per batch (binary COPY or column
 * arrays on PostgreSQL, see {@link PostgresInsert}; a multi-row VALUES list elsewhere), all batches in one atomic
 * block. Generated keys are set on the objects; with a conflict policy the inserted, ignored and updated rows
 * are counted ({@link ConflictInsert}). Framework use: applications call {@code Manager.bulkCreate}.
 *
 * <pre>{@code BulkResult r = BulkInsert.run(db, BOOK, books, 1000, OnConflict.fail());}</pre>
 */
public final class BulkInsert {
    private BulkInsert() {
    }

    /** Inserts {@code objects} in batches of at most {@code batchSize} rows. */
    public static <M extends Entity> BulkResult run(Database db, ModelMeta<M> model, List<M> objects,
                                                    int batchSize, OnConflict conflict) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException(model.name() + ".bulkCreate: batchSize must be positive, got "
                    + batchSize);
        }
        if (objects.isEmpty()) {
            return BulkResult.NONE;
        }
        Field<M, ?> pk = model.pk();
        List<M> keyed = new ArrayList<>();
        List<M> unkeyed = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            M o = objects.get(i);
            if (o == null) {
                throw new IllegalArgumentException(model.name() + ".bulkCreate: object " + i + " is null");
            }
            (pk.kind().isAuto() && isUnset(pk.get(o)) ? unkeyed : keyed).add(o);
        }
        Supplier<BulkResult> withKeys = plan(db, model, keyed, false, batchSize, conflict);
        Supplier<BulkResult> withoutKeys = plan(db, model, unkeyed, true, batchSize, conflict);
        InstanceStates before = InstanceStates.of(model, objects);
        try {
            return db.atomic(() -> withKeys.get().plus(withoutKeys.get()));
        } catch (RuntimeException | Error e) {
            before.restore();   // the rows are gone: no object may keep a key from a rolled-back batch
            throw e;
        }
    }

    /**
     * Checks every value of {@code objects} now and returns the insert to run inside the atomic block: binary
     * COPY or column arrays on PostgreSQL without a conflict policy ({@link PostgresInsert}), multi-row VALUES
     * otherwise.
     */
    private static <M extends Entity> Supplier<BulkResult> plan(Database db, ModelMeta<M> model, List<M> objects,
                                                                boolean generated, int batchSize,
                                                                OnConflict conflict) {
        if (objects.isEmpty()) {
            return () -> BulkResult.NONE;
        }
        List<Field<M, ?>> columns = columns(model, generated);
        if (conflict instanceof OnConflict.Fail && !columns.isEmpty() && PostgresArrays.usable(db, columns)) {
            PostgresInsert<M> insert = PostgresInsert.prepare(model, objects, columns, generated, batchSize);
            return () -> insert.run(db);
        }
        Group<M> group = Group.of(model, objects, columns, generated);
        return () -> group.insert(db, batchSize, conflict);
    }

    /** The inserted columns: all, without the key when the database generates it. */
    private static <M extends Entity> List<Field<M, ?>> columns(ModelMeta<M> model, boolean generated) {
        List<Field<M, ?>> columns = new ArrayList<>();
        for (Field<M, ?> f : model.fields()) {
            if (!(generated && f == model.pk())) {
                columns.add(f);
            }
        }
        return columns;
    }

    static boolean isUnset(Object key) {
        return key == null || (key instanceof Number n && n.longValue() == 0);
    }

    /** Objects inserted with the same column list, their values already checked and bound. */
    record Group<M extends Entity>(ModelMeta<M> model, List<M> objects, List<Field<M, ?>> columns,
                                   List<BoundValue[]> rows, boolean generated) {
        static <M extends Entity> Group<M> of(ModelMeta<M> model, List<M> objects, List<Field<M, ?>> columns,
                                              boolean generated) {
            List<BoundValue[]> rows = new ArrayList<>(objects.size());
            for (M o : objects) {
                BoundValue[] row = new BoundValue[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    Field<M, ?> f = columns.get(c);
                    row[c] = SqlWriter.bound(Values.check(f, f.get(o)), f.kind());
                }
                rows.add(row);
            }
            return new Group<>(model, objects, columns, rows, generated);
        }

        BulkResult insert(Database db, int batchSize, OnConflict conflict) {
            if (objects.isEmpty()) {
                return BulkResult.NONE;
            }
            if (columns.isEmpty() || (generated && !ServerCapabilities.returning(db))) {
                // No column to batch on, or a server without RETURNING (MySQL, MariaDB < 10.5): one row at a
                // time keeps every key exact; LAST_INSERT_ID() arithmetic over a multi-row insert would depend
                // on the server's auto-increment lock mode.
                if (!(conflict instanceof OnConflict.Fail)) {
                    throw new UnsupportedOperationException(model.name() + ".bulkCreate with " + conflict
                            + " needs INSERT … RETURNING (MariaDB 10.5+)");
                }
                objects.forEach(o -> InstanceWriter.insert(db, model, o));
                return new BulkResult(objects.size(), 0, 0);
            }
            int per = ParameterLimits.rowsPerStatement(db.vendor(), columns.size(), batchSize);
            BulkResult total = BulkResult.NONE;
            for (int from = 0; from < objects.size(); from += per) {
                int to = Math.min(objects.size(), from + per);
                Batch<M> batch = new Batch<>(this, from, to);
                total = total.plus(conflict instanceof OnConflict.Fail ? batch.plain(db)
                        : ConflictInsert.run(db, batch, conflict));
            }
            return total;
        }
    }

    /** Rows {@code from}..{@code to} of a group. */
    record Batch<M extends Entity>(Group<M> group, int from, int to) {
        int size() {
            return to - from;
        }

        /** {@code INSERT INTO t (cols) VALUES (…), (…)} without the conflict clause or RETURNING. */
        StringBuilder insertSql(Vendor vendor) {
            StringBuilder sql = new StringBuilder(64 + size() * group.columns().size() * 3);
            sql.append("INSERT INTO ").append(vendor.quote(group.model().table())).append(" (");
            for (int c = 0; c < group.columns().size(); c++) {
                sql.append(c == 0 ? "" : ", ").append(vendor.quote(group.columns().get(c).column()));
            }
            sql.append(") VALUES ");
            String row = "(" + "?, ".repeat(group.columns().size() - 1) + "?)";
            for (int r = 0; r < size(); r++) {
                sql.append(r == 0 ? "" : ", ").append(row);
            }
            return sql;
        }

        List<BoundValue> params() {
            List<BoundValue> params = new ArrayList<>(size() * group.columns().size());
            for (int r = from; r < to; r++) {
                params.addAll(List.of(group.rows().get(r)));
            }
            return params;
        }

        M object(int i) {
            return group.objects().get(from + i);
        }

        BulkResult plain(Database db) {
            Vendor v = db.vendor();
            StringBuilder sql = insertSql(v);
            if (!group.generated()) {
                db.update(sql.toString(), params());
                markAll(db);
                return new BulkResult(size(), 0, 0);
            }
            Field<M, ?> pk = group.model().pk();
            sql.append(" RETURNING ").append(v.quote(pk.column()));
            List<Object> keys = db.query(sql.toString(), params(), rs -> {
                List<Object> out = new ArrayList<>(size());
                while (rs.next()) {
                    out.add(pk.read(rs, 1, db.reader()));
                }
                return out;
            });
            assignKeys(keys);
            markAll(db);
            return new BulkResult(size(), 0, 0);
        }

        private void assignKeys(List<Object> keys) {
            Field<M, ?> pk = group.model().pk();
            if (keys.size() != size()) {
                throw new IllegalStateException(group.model().name() + ".bulkCreate: INSERT … RETURNING gave "
                        + keys.size() + " keys for " + size() + " rows");
            }
            // Auto-increment hands out rising keys in row order on all three backends; sorting makes the
            // mapping independent of the order RETURNING happens to emit rows in.
            keys.sort((a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue()));
            for (int i = 0; i < keys.size(); i++) {
                setKey(pk, object(i), keys.get(i));
            }
        }

        private void markAll(Database db) {
            for (int i = 0; i < size(); i++) {
                object(i).markPersisted(db.alias(), Set.of());
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <M, T> void setKey(Field<M, T> pk, M instance, Object key) {
        pk.set(instance, (T) key);
    }
}
