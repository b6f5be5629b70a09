package dev.jango.db.query;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.dialect.ServerCapabilities;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.Values;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * INSERT and UPDATE of single instances, for {@link dev.jango.db.model.Manager} (deletes go through
 * {@link dev.jango.db.deletion.Collector}). Every value is checked against its field (type, max length) before
 * the statement is built. Framework use: application code calls the Manager.
 *
 * <pre>{@code InstanceWriter.insert(db, BOOK, book);   // INSERT … RETURNING "id"; book.id is set}</pre>
 */
public final class InstanceWriter {
    private InstanceWriter() {
    }

    /**
     * Inserts {@code instance}; an auto primary key left at 0/null is filled by the database (RETURNING on all
     * three backends) and set on the instance, which is then marked persisted.
     */
    public static <M extends Entity> void insert(Database db, ModelMeta<M> model, M instance) {
        Dialect d = Dialect.of(db.vendor());
        Field<M, ?> pk = model.pk();
        boolean generated = pk.kind().isAuto() && isUnset(pk.get(instance));
        List<Field<M, ?>> columns = new ArrayList<>();
        List<BoundValue> params = new ArrayList<>();
        for (Field<M, ?> f : model.fields()) {
            if (f == pk && generated) {
                continue;
            }
            columns.add(f);
            params.add(SqlWriter.bound(Values.check(f, f.get(instance)), f.kind()));
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(d.quote(model.table()));
        if (columns.isEmpty()) {
            sql.append(db.vendor() == Vendor.MARIADB ? " () VALUES ()" : " DEFAULT VALUES");
        } else {
            sql.append(" (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(d.quote(columns.get(i).column()));
            }
            sql.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)");
        }
        if (generated && !ServerCapabilities.returning(db)) {
            // MySQL and MariaDB before 10.5: the key comes from LAST_INSERT_ID() on the same connection,
            // which the atomic block pins.
            db.atomic(() -> {
                db.update(sql.toString(), params);
                db.query("SELECT LAST_INSERT_ID()", List.of(), rs -> {
                    rs.next();
                    Execution.copy(pk, instance, rs, 1, db.reader());
                    return null;
                });
            });
        } else if (generated) {
            sql.append(" RETURNING ").append(d.quote(pk.column()));
            db.query(sql.toString(), params, rs -> {
                if (!rs.next()) {
                    throw new java.sql.SQLException("INSERT … RETURNING gave no row for " + model.name());
                }
                Execution.copy(pk, instance, rs, 1, db.reader());
                return null;
            });
        } else {
            db.update(sql.toString(), params);
        }
        instance.markPersisted(db.alias(), Set.of());
    }

    /**
     * Updates the row of {@code instance} from {@code fields} (all loaded non-key fields when empty).
     *
     * @return the number of rows updated (0 when the row is gone)
     */
    public static <M extends Entity> int update(Database db, ModelMeta<M> model, M instance,
                                                Collection<Field<M, ?>> fields) {
        Dialect d = Dialect.of(db.vendor());
        Field<M, ?> pk = model.pk();
        Set<String> deferred = instance.deferredFields();
        List<Field<M, ?>> columns = new ArrayList<>();
        for (Field<M, ?> f : fields.isEmpty() ? model.fields() : fields) {
            if (f.model() != model) {
                throw new QueryException("cannot save " + f + " on a " + model.name());
            }
            if (f != pk && (!fields.isEmpty() || !deferred.contains(f.name()))) {
                columns.add(f);
            }
        }
        if (columns.isEmpty()) {
            return 1;
        }
        List<BoundValue> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE ").append(d.quote(model.table())).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            Field<M, ?> f = columns.get(i);
            sql.append(i == 0 ? "" : ", ").append(d.quote(f.column())).append(" = ?");
            params.add(SqlWriter.bound(Values.check(f, f.get(instance)), f.kind()));
        }
        sql.append(" WHERE ").append(d.quote(pk.column())).append(" = ?");
        params.add(SqlWriter.bound(pk.get(instance), pk.kind()));
        int updated = db.update(sql.toString(), params);
        if (updated > 0) {
            Set<String> stillDeferred = new java.util.HashSet<>(deferred);
            columns.forEach(f -> stillDeferred.remove(f.name()));
            instance.markPersisted(db.alias(), stillDeferred);
        }
        return updated;
    }

    private static boolean isUnset(Object key) {
        return key == null || (key instanceof Number n && n.longValue() == 0);
    }
}
