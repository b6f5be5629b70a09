package dev.jango.db.bulk;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * bulkCreate on PostgreSQL without a conflict policy. The values are checked and encoded once, when the insert
 * is planned ({@link #prepare}, before any SQL); inside the atomic block the size and one catalog query pick
 * the transport:
 * <ul>
 * <li>{@code COPY t (…) FROM STDIN (FORMAT binary)} per batch, PostgreSQL's bulk-load path, for at least
 * {@link #COPY_MIN_ROWS} objects when the table is a plain or partitioned table without row-level security or
 * INSERT rules and, for generated keys, the key has its own sequence and no user {@code BEFORE INSERT} row
 * trigger could change it. Generated keys are first drawn from
 * that sequence ({@code nextval(seq)} once per object, in one statement: what the column default would do) and
 * sent with the rows, so each object gets exactly the key its row has;</li>
 * <li>otherwise {@code INSERT … SELECT … FROM unnest(binary arrays) RETURNING pk} per batch
 * ({@link PostgresArrays}), keys assigned as in ADR 0081.</li>
 * </ul>
 *
 * <pre>{@code PostgresInsert.prepare(BOOK, books, columns, true, 10_000).run(db);}</pre>
 */
final class PostgresInsert<M extends Entity> {
    // COPY skips rules (pg_rewrite, ev_type '3' = ON INSERT; relhasrules stays set after DROP RULE) and is refused
    // under row-level security. tgtype bits 1|2|4 = a row-level BEFORE INSERT trigger, which may change the key.
    private static final String TARGET = "SELECT c.relkind IN ('r', 'p') AND NOT c.relrowsecurity "
            + "AND NOT EXISTS (SELECT 1 FROM pg_rewrite r WHERE r.ev_class = c.oid AND r.ev_type = '3'), "
            + "NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal "
            + "AND (t.tgtype::int & 7) = 7), pg_get_serial_sequence(?, ?) "
            + "FROM pg_class c WHERE c.oid = ?::text::regclass";

    /**
     * Below this many rows one INSERT per batch beats three statements (the catalog check, the key draw, the
     * COPY), and small bulkCreates (fixtures, many-to-many adds) stay a single statement each.
     */
    static final int COPY_MIN_ROWS = 1_000;
    private static final String KEYS = "SELECT min(k), max(k), CASE WHEN max(k) - min(k) + 1 = count(*) THEN NULL "
            + "ELSE array_agg(k) END FROM (SELECT nextval(?::text::regclass) AS k FROM generate_series(1, ?)) AS s";

    private final ModelMeta<M> model;
    private final List<M> objects;
    private final List<Field<M, ?>> columns;
    private final boolean generated;
    private final PgRows rows;
    private final int batchSize;

    private PostgresInsert(ModelMeta<M> model, List<M> objects, List<Field<M, ?>> columns, boolean generated,
                           PgRows rows, int batchSize) {
        this.model = model;
        this.objects = objects;
        this.columns = columns;
        this.generated = generated;
        this.rows = rows;
        this.batchSize = batchSize;
    }

    /**
     * Checks and encodes every value of {@code objects} for {@code columns}.
     *
     * @throws dev.jango.db.query.InvalidValueError for a value its field rejects
     */
    static <M extends Entity> PostgresInsert<M> prepare(ModelMeta<M> model, List<M> objects,
                                                        List<Field<M, ?>> columns, boolean generated,
                                                        int batchSize) {
        PgRows rows = PgRows.encode(columns, objects.size(), (r, c) -> columns.get(c).get(objects.get(r)));
        return new PostgresInsert<>(model, objects, columns, generated, rows, batchSize);
    }

    /** Inserts every batch (call inside an atomic block); sets keys and marks the objects persisted. */
    BulkResult run(Database db) {
        boolean copy = false;
        long[] keys = null;
        if (objects.size() >= COPY_MIN_ROWS) {
            String table = db.vendor().quote(model.table());
            Object[] target = db.query(TARGET, List.of(BoundValue.of(table), BoundValue.of(model.pk().column()),
                    BoundValue.of(table)), rs -> {
                rs.next();
                return new Object[] {rs.getBoolean(1), rs.getBoolean(2), rs.getString(3)};
            });
            String sequence = (String) target[2];
            copy = (Boolean) target[0] && (!generated || ((Boolean) target[1] && sequence != null));
            if (copy && generated) {
                keys = keys(db, sequence, objects.size());
            }
        }
        for (int from = 0; from < objects.size(); from += batchSize) {
            int to = Math.min(objects.size(), from + batchSize);
            if (copy) {
                copy(db, keys, from, to);
            } else {
                unnest(db, from, to);
            }
            for (int i = from; i < to; i++) {
                objects.get(i).markPersisted(db.alias(), Set.of());
            }
        }
        return new BulkResult(objects.size(), 0, 0);
    }

    private void copy(Database db, long[] keys, int from, int to) {
        Vendor v = db.vendor();
        StringBuilder sql = new StringBuilder(128).append("COPY ").append(v.quote(model.table())).append(" (");
        if (generated) {
            sql.append(v.quote(model.pk().column())).append(", ");
        }
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(v.quote(columns.get(c).column()));
        }
        sql.append(") FROM STDIN (FORMAT binary)");
        String text = sql.toString();
        boolean intKeys = model.pk().kind() == FieldKind.AUTO;
        // Run through prepared() so the COPY is logged, timed and its errors translated like any statement; the
        // prepared statement itself is never executed (pgjdbc prepares lazily), the CopyManager runs the COPY.
        long copied = db.prepared(text, List.of(), ps -> CopyStream.write(
                ps.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(text), rows, from, to, keys,
                intKeys));
        if (copied != to - from) {
            throw new IllegalStateException(model.name() + ".bulkCreate: COPY wrote " + copied + " rows of "
                    + (to - from));
        }
        if (generated) {
            assignKeys(Arrays.copyOfRange(keys, from, to), from);
        }
    }

    /**
     * Draws {@code n} keys from {@code sequence}, what the column default would do row by row. Values drawn by
     * one session are distinct, so when they span exactly {@code n} consecutive numbers they are that range and
     * one row comes back; otherwise (another session drew in between, or a step other than 1) the values come
     * back as an array.
     */
    private long[] keys(Database db, String sequence, int n) {
        return db.query(KEYS, List.of(BoundValue.of(sequence), BoundValue.of(n)), rs -> {
            rs.next();
            long low = rs.getLong(1);
            java.sql.Array drawn = rs.getArray(3);
            long[] keys = new long[n];
            if (drawn == null) {
                for (int i = 0; i < n; i++) {
                    keys[i] = low + i;
                }
                return keys;
            }
            Object[] values = (Object[]) drawn.getArray();
            if (values.length != n) {
                throw new IllegalStateException(model.name() + ".bulkCreate: " + sequence + " gave " + values.length
                        + " keys for " + n + " rows");
            }
            for (int i = 0; i < n; i++) {
                keys[i] = ((Number) values[i]).longValue();
            }
            return keys;
        });
    }

    private void unnest(Database db, int from, int to) {
        Vendor v = db.vendor();
        StringBuilder sql = new StringBuilder(128).append("INSERT INTO ").append(v.quote(model.table()))
                .append(" (");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(v.quote(columns.get(c).column()));
        }
        sql.append(") SELECT ");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append("\"u\".\"c").append(c).append('"');
        }
        sql.append(" FROM ");
        PostgresArrays.unnest(sql, rows.elements());
        if (generated) {
            sql.append(" RETURNING ").append(v.quote(model.pk().column()));
        }
        PgArrayParameter[] batch = rows.arrays(from, to);
        long[] keys = db.prepared(sql.toString(), List.of(), ps -> {
            PostgresArrays.bind(ps, batch);
            if (!generated) {
                ps.executeUpdate();
                return null;
            }
            try (ResultSet rs = ps.executeQuery()) {
                return longs(rs, to - from);
            }
        });
        if (generated) {
            // Identity columns hand out rising keys in the order of the unnested rows; sorting makes the mapping
            // independent of the order RETURNING happens to emit rows in (see ADR 0081).
            Arrays.sort(keys);
            assignKeys(keys, from);
        }
    }

    private long[] longs(ResultSet rs, int expected) throws java.sql.SQLException {
        long[] out = new long[expected];
        int n = 0;
        while (rs.next()) {
            if (n < expected) {
                out[n] = rs.getLong(1);
            }
            n++;
        }
        if (n != expected) {
            throw new IllegalStateException(model.name() + ".bulkCreate: got " + n + " keys for " + expected
                    + " rows");
        }
        return out;
    }

    private void assignKeys(long[] keys, int from) {
        Field<M, ?> pk = model.pk();
        boolean small = pk.kind() == FieldKind.AUTO;
        for (int i = 0; i < keys.length; i++) {
            BulkInsert.setKey(pk, objects.get(from + i), small ? (Object) Math.toIntExact(keys[i]) : keys[i]);
        }
    }
}
