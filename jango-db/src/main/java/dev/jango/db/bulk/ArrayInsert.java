package dev.jango.db.bulk;

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

/**
 * bulkCreate on PostgreSQL without a conflict policy: the objects' values are checked and encoded as binary
 * column arrays when the insert is planned ({@link #prepare}), before any SQL; {@link #run} then sends one
 * {@code INSERT … SELECT … FROM unnest(…) RETURNING pk} per batch (see {@link PostgresArrays}) and sets the
 * returned keys. The statement text is the same for every batch, so the server plans it once per connection.
 *
 * <pre>{@code ArrayInsert.prepare(BOOK, books, columns, true, 10_000).run(db);}</pre>
 */
final class ArrayInsert<M extends Entity> {
    private final ModelMeta<M> model;
    private final List<M> objects;
    private final List<Field<M, ?>> columns;
    private final boolean generated;
    private final List<PgArrayParameter[]> batches;

    private ArrayInsert(ModelMeta<M> model, List<M> objects, List<Field<M, ?>> columns, boolean generated,
                        List<PgArrayParameter[]> batches) {
        this.model = model;
        this.objects = objects;
        this.columns = columns;
        this.generated = generated;
        this.batches = batches;
    }

    /**
     * Checks and encodes every value of {@code objects} for {@code columns}, {@code batchSize} rows per batch.
     *
     * @throws dev.jango.db.query.InvalidValueError for a value its field rejects
     */
    static <M extends Entity> ArrayInsert<M> prepare(ModelMeta<M> model, List<M> objects, List<Field<M, ?>> columns,
                                                     boolean generated, int batchSize) {
        List<PgArrayParameter[]> batches = PostgresArrays.encode(columns, objects.size(), batchSize,
                (row, column) -> columns.get(column).get(objects.get(row)));
        return new ArrayInsert<>(model, objects, columns, generated, batches);
    }

    /** Inserts the batches (call inside an atomic block); sets keys and marks the objects persisted. */
    BulkResult run(Database db) {
        String sql = sql(db.vendor());
        int from = 0;
        for (PgArrayParameter[] batch : batches) {
            int size = batch[0].length();
            long[] keys = db.prepared(sql, List.of(), ps -> {
                PostgresArrays.bind(ps, batch);
                if (!generated) {
                    ps.executeUpdate();
                    return null;
                }
                long[] out = new long[size];
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == size) {
                            throw new IllegalStateException(model.name() + ".bulkCreate: INSERT … RETURNING gave "
                                    + "more keys than the " + size + " rows sent");
                        }
                        out[n++] = rs.getLong(1);
                    }
                }
                if (n != size) {
                    throw new IllegalStateException(model.name() + ".bulkCreate: INSERT … RETURNING gave " + n
                            + " keys for " + size + " rows");
                }
                return out;
            });
            if (generated) {
                assignKeys(keys, from);
            }
            for (int i = from; i < from + size; i++) {
                objects.get(i).markPersisted(db.alias(), Set.of());
            }
            from += size;
        }
        return new BulkResult(objects.size(), 0, 0);
    }

    private String sql(Vendor v) {
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
        PostgresArrays.unnest(sql, batches.getFirst());
        if (generated) {
            sql.append(" RETURNING ").append(v.quote(model.pk().column()));
        }
        return sql.toString();
    }

    /**
     * Identity columns hand out rising keys in the order of the unnested rows; sorting makes the mapping
     * independent of the order RETURNING happens to emit rows in (see ADR 0081).
     */
    private void assignKeys(long[] keys, int from) {
        Arrays.sort(keys);
        Field<M, ?> pk = model.pk();
        boolean small = pk.kind() == FieldKind.AUTO;
        for (int i = 0; i < keys.length; i++) {
            BulkInsert.setKey(pk, objects.get(from + i), small ? (Object) Math.toIntExact(keys[i]) : keys[i]);
        }
    }
}
