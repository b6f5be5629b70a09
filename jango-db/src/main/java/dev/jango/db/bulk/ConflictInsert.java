package dev.jango.db.bulk;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.Values;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch of bulkCreate with a conflict policy, counted honestly. PostgreSQL reports each row itself:
 * {@code RETURNING pk, key, (xmax = 0)} tells inserted rows from updated ones, and a row missing from the result
 * was ignored. SQLite and MariaDB cannot say which rows conflicted, so the batch first reads which of its keys
 * exist (MariaDB {@code FOR UPDATE}, whose gap locks keep other writers from inserting those keys; SQLite has
 * one writer, and a WAL snapshot that went stale makes the write fail rather than miscount), then inserts, then
 * reads the keys back. See ADR 0081.
 *
 * <pre>{@code ConflictInsert.run(db, batch, OnConflict.ignore().on(BOOK.isbn));}</pre>
 */
final class ConflictInsert {
    private ConflictInsert() {
    }

    static <M extends Entity> BulkResult run(Database db, BulkInsert.Batch<M> batch, OnConflict conflict) {
        List<Integer> target = targetColumns(batch.group(), conflict);
        return db.vendor() == Vendor.POSTGRESQL ? postgres(db, batch, conflict, target)
                : probed(db, batch, conflict, target);
    }

    private static <M extends Entity> BulkResult postgres(Database db, BulkInsert.Batch<M> batch,
                                                          OnConflict conflict, List<Integer> target) {
        BulkInsert.Group<M> g = batch.group();
        Vendor v = db.vendor();
        StringBuilder sql = batch.insertSql(v).append(" ON CONFLICT (").append(columnList(v, g, target))
                .append(')');
        appendAction(sql, v, g, conflict, target);
        Field<M, ?> pk = g.model().pk();
        sql.append(" RETURNING ").append(v.quote(pk.column()));
        for (int t : target) {
            sql.append(", ").append(v.quote(g.columns().get(t).column()));
        }
        sql.append(", (xmax = 0)");
        Map<List<Object>, ArrayDeque<Integer>> waiting = waiting(batch, target);
        long[] counts = new long[2];
        db.query(sql.toString(), batch.params(), rs -> {
            while (rs.next()) {
                Object key = pk.read(rs, 1, db.reader());
                Integer i = next(waiting, readKey(rs, g, target, db));
                if (i != null) {
                    BulkInsert.setKey(pk, batch.object(i), key);
                    batch.object(i).markPersisted(db.alias(), Set.of());
                }
                counts[rs.getBoolean(target.size() + 2) ? 0 : 1]++;
            }
            return null;
        });
        long returned = counts[0] + counts[1];
        return new BulkResult(counts[0], batch.size() - returned, counts[1]);
    }

    private static <M extends Entity> BulkResult probed(Database db, BulkInsert.Batch<M> batch,
                                                        OnConflict conflict, List<Integer> target) {
        BulkInsert.Group<M> g = batch.group();
        Vendor v = db.vendor();
        Set<List<Object>> seen = new HashSet<>();
        readKeys(db, batch, target, db.vendor() == Vendor.MARIADB ? " FOR UPDATE" : "", false,
                (key, pk) -> seen.add(key));
        boolean[] conflicting = new boolean[batch.size()];
        int conflicts = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<Object> key = key(batch, i, target);
            if (key != null && !seen.add(key)) {
                conflicting[i] = true;
                conflicts++;
            }
        }
        StringBuilder sql = batch.insertSql(v);
        if (v == Vendor.SQLITE) {
            sql.append(" ON CONFLICT (").append(columnList(v, g, target)).append(')');
        }
        appendAction(sql, v, g, conflict, target);
        db.update(sql.toString(), batch.params());
        Map<List<Object>, Object> keys = new HashMap<>();
        readKeys(db, batch, target, "", true, keys::put);
        boolean update = conflict instanceof OnConflict.Update;
        for (int i = 0; i < batch.size(); i++) {
            List<Object> key = key(batch, i, target);
            Object pk = key == null ? null : keys.get(key);
            if (pk != null && (update || !conflicting[i])) {
                BulkInsert.setKey(g.model().pk(), batch.object(i), pk);
                batch.object(i).markPersisted(db.alias(), Set.of());
            }
        }
        long inserted = batch.size() - conflicts;
        return new BulkResult(inserted, update ? 0 : conflicts, update ? conflicts : 0);
    }

    private interface KeySink {
        void accept(List<Object> key, Object pk);
    }

    /** {@code SELECT [pk,] key FROM t WHERE key IN (batch keys)}. */
    private static <M extends Entity> void readKeys(Database db, BulkInsert.Batch<M> batch, List<Integer> target,
                                                    String suffix, boolean withPk, KeySink sink) {
        BulkInsert.Group<M> g = batch.group();
        Vendor v = db.vendor();
        StringBuilder sql = new StringBuilder("SELECT ");
        if (withPk) {
            sql.append(v.quote(g.model().pk().column())).append(", ");
        }
        sql.append(columnList(v, g, target)).append(" FROM ").append(v.quote(g.model().table())).append(" WHERE ");
        List<BoundValue> params = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < batch.size(); i++) {
            BoundValue[] row = g.rows().get(batch.from() + i);
            if (key(batch, i, target) == null) {
                continue;
            }
            sql.append(matched++ == 0 ? "(" : " OR (");
            for (int t = 0; t < target.size(); t++) {
                sql.append(t == 0 ? "" : " AND ").append(v.quote(g.columns().get(target.get(t)).column()))
                        .append(" = ?");
                params.add(row[target.get(t)]);
            }
            sql.append(')');
        }
        if (matched == 0) {
            return;
        }
        sql.append(suffix);
        int offset = withPk ? 1 : 0;
        db.query(sql.toString(), params, rs -> {
            while (rs.next()) {
                Object pk = withPk ? g.model().pk().read(rs, 1, db.reader()) : null;
                sink.accept(readKey(rs, g, target, db, offset), pk);
            }
            return null;
        });
    }

    private static void appendAction(StringBuilder sql, Vendor v, BulkInsert.Group<?> g, OnConflict conflict,
                                     List<Integer> target) {
        switch (conflict) {
            case OnConflict.Ignore ignore -> {
                if (v == Vendor.MARIADB) {
                    // Not INSERT IGNORE: that also turns bad values into warnings; this skips duplicates only.
                    String col = v.quote(g.columns().get(target.getFirst()).column());
                    sql.append(" ON DUPLICATE KEY UPDATE ").append(col).append(" = ").append(col);
                } else {
                    sql.append(" DO NOTHING");
                }
            }
            case OnConflict.Update update -> {
                sql.append(v == Vendor.MARIADB ? " ON DUPLICATE KEY UPDATE " : " DO UPDATE SET ");
                for (int i = 0; i < update.fields().size(); i++) {
                    Field<?, ?> f = update.fields().get(i);
                    if (f.model() != g.model() || f == g.model().pk()) {
                        throw new IllegalArgumentException(g.model().name() + ".bulkCreate: cannot update "
                                + f + " on conflict");
                    }
                    String col = v.quote(f.column());
                    sql.append(i == 0 ? "" : ", ").append(col).append(" = ")
                            .append(v == Vendor.MARIADB ? "VALUES(" + col + ")" : "EXCLUDED." + col);
                }
            }
            case OnConflict.Fail fail -> throw new IllegalStateException("no conflict clause for fail()");
        }
    }

    /** Indexes (in the group's columns) of the conflict target. */
    private static List<Integer> targetColumns(BulkInsert.Group<?> g, OnConflict conflict) {
        ModelMeta<?> model = g.model();
        List<Field<?, ?>> fields = new ArrayList<>(conflict.target());
        if (fields.isEmpty()) {
            for (Field<?, ?> f : model.fields()) {
                if (f.spec().unique() && !f.spec().primaryKey()) {
                    fields.add(f);
                    break;
                }
            }
        }
        if (fields.isEmpty() && !g.generated()) {
            fields.add(model.pk());
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(model.name() + ".bulkCreate: no unique field to detect conflicts "
                    + "on; name one with on(...), e.g. OnConflict.ignore().on(field)");
        }
        List<Integer> idx = new ArrayList<>();
        for (Field<?, ?> f : fields) {
            int i = g.columns().indexOf(f);
            if (i < 0) {
                throw new IllegalArgumentException(model.name() + ".bulkCreate: conflict target " + f
                        + " is not an inserted column of " + model.name());
            }
            idx.add(i);
        }
        return idx;
    }

    private static String columnList(Vendor v, BulkInsert.Group<?> g, List<Integer> target) {
        StringBuilder s = new StringBuilder();
        for (int t : target) {
            s.append(s.isEmpty() ? "" : ", ").append(v.quote(g.columns().get(t).column()));
        }
        return s.toString();
    }

    private static Map<List<Object>, ArrayDeque<Integer>> waiting(BulkInsert.Batch<?> batch, List<Integer> target) {
        Map<List<Object>, ArrayDeque<Integer>> waiting = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            List<Object> key = key(batch, i, target);
            if (key != null) {
                waiting.computeIfAbsent(key, k -> new ArrayDeque<>()).add(i);
            }
        }
        return waiting;
    }

    private static Integer next(Map<List<Object>, ArrayDeque<Integer>> waiting, List<Object> key) {
        ArrayDeque<Integer> q = waiting.get(key);
        return q == null ? null : q.poll();
    }

    /** The batch row's key in normal form, or null when part of it is NULL (NULLs never conflict). */
    private static List<Object> key(BulkInsert.Batch<?> batch, int i, List<Integer> target) {
        BoundValue[] row = batch.group().rows().get(batch.from() + i);
        List<Object> key = new ArrayList<>(target.size());
        for (int t : target) {
            if (row[t].value() == null) {
                return null;
            }
            key.add(normal(row[t].value()));
        }
        return key;
    }

    private static List<Object> readKey(ResultSet rs, BulkInsert.Group<?> g, List<Integer> target, Database db)
            throws SQLException {
        return readKey(rs, g, target, db, 1);
    }

    private static List<Object> readKey(ResultSet rs, BulkInsert.Group<?> g, List<Integer> target, Database db,
                                        int offset) throws SQLException {
        List<Object> key = new ArrayList<>(target.size());
        for (int t = 0; t < target.size(); t++) {
            Field<?, ?> f = g.columns().get(target.get(t));
            key.add(normal(Values.check(f, f.read(rs, offset + t + 1, db.reader()))));
        }
        return key;
    }

    private static Object normal(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    }
}
