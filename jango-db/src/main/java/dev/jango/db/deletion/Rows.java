package dev.jango.db.deletion;

import dev.jango.db.bulk.ParameterLimits;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.QuerySet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The statements of one delete, all keyed by {@code column IN (…)} lists that are cut below the backend's
 * parameter limit ({@link ParameterLimits}): key probes, instance loads, deletes and on-delete updates. Every
 * statement goes through {@link Database}, so it is counted and captured like any other query.
 */
final class Rows {
    private static final String SELECT = "SELECT ";
    private static final String FROM = " FROM ";
    private static final String WHERE = " WHERE ";
    private static final String IN = " IN (";
    private static final String ORDER_BY = " ORDER BY ";
    private static final String LIMIT = " LIMIT ";

    private final Database db;
    private final Vendor vendor;

    Rows(Database db) {
        this.db = db;
        this.vendor = db.vendor();
    }

    Database database() {
        return db;
    }

    /** {@code values} in slices of at most {@code limit − extra} (the statement's other parameters). */
    List<List<Object>> chunks(Collection<?> values, int extra) {
        int size = Math.max(1, ParameterLimits.of(vendor) - extra);
        List<Object> all = new ArrayList<>(values);
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /**
     * Primary keys of {@code where}'s model whose {@code where} column is in {@code values}, in key order;
     * at most {@code max} when {@code max > 0} (a probe that only needs to show a few).
     */
    List<Object> keys(Field<?, ?> where, Collection<?> values, int max) {
        ModelMeta<?> model = where.model();
        Field<?, ?> pk = model.pk();
        List<Object> out = new ArrayList<>();
        for (List<Object> chunk : chunks(values, 0)) {
            String sql = SELECT + q(pk.column()) + FROM + q(model.table()) + WHERE + q(where.column()) + in(chunk)
                    + ORDER_BY + q(pk.column()) + (max > 0 ? LIMIT + (max - out.size()) : "");
            db.query(sql, bind(where, chunk), rs -> {
                while (rs.next()) {
                    out.add(pk.read(rs, 1, db.reader()));
                }
                return null;
            });
            if (max > 0 && out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /** The instances of {@code where}'s model whose {@code where} column is in {@code values} (for signals). */
    <M extends Entity> List<M> instances(ModelMeta<M> model, Field<?, ?> where, Collection<?> values) {
        List<M> out = new ArrayList<>();
        for (List<Object> chunk : chunks(values, 0)) {
            out.addAll(QuerySet.of(model).using(db.alias()).filter(field(where).in(chunk)).list());
        }
        return out;
    }

    /** {@code DELETE FROM <model> WHERE <where> IN (…)}, chunked; the rows deleted. */
    int delete(Field<?, ?> where, Collection<?> values) {
        int rows = 0;
        for (List<Object> chunk : chunks(values, 0)) {
            rows += db.update("DELETE" + FROM + q(where.model().table()) + WHERE + q(where.column()) + in(chunk),
                    bind(where, chunk));
        }
        return rows;
    }

    /** {@code UPDATE <model> SET <set> = value WHERE <where> IN (…)}, chunked; the rows updated. */
    int update(Field<?, ?> set, Object value, Field<?, ?> where, Collection<?> values) {
        int rows = 0;
        for (List<Object> chunk : chunks(values, 1)) {
            List<BoundValue> params = new ArrayList<>();
            params.add(SqlWriter.bound(value, set.kind()));
            params.addAll(bind(where, chunk));
            rows += db.update("UPDATE " + q(set.model().table()) + " SET " + q(set.column()) + " = ?" + WHERE
                    + q(where.column()) + in(chunk), params);
        }
        return rows;
    }

    private String q(String identifier) {
        return vendor.quote(identifier);
    }

    private static String in(List<Object> chunk) {
        return IN + "?, ".repeat(chunk.size() - 1) + "?)";
    }

    private static List<BoundValue> bind(Field<?, ?> field, List<Object> values) {
        List<BoundValue> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(SqlWriter.bound(v, field.kind()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <M> Field<M, Object> field(Field<?, ?> f) {
        return (Field<M, Object>) f;
    }
}
