package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ValueReader;
import dev.jango.db.model.Entity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@code selectRelated} query: one SELECT with the planned joins, each row mapped by the generated
 * {@code mapRow} of the root and then of every joined model at its column offset, and each joined object stored in
 * its parent's {@link dev.jango.db.model.Ref} through {@link ForeignKeyField#load}. A LEFT JOIN that found nothing
 * (NULL primary key) leaves the nullable relation empty.
 */
final class JoinedLoader {
    private JoinedLoader() {
    }

    static <M extends Entity> List<M> load(Database db, QueryState<M> state, Joins joins) {
        JoinedSelect select = new JoinedSelect(state, Loader.columns(state), joins, null);
        Statement st = select.statement(Dialect.of(db.vendor()));
        ValueReader reader = db.reader();
        String alias = db.alias();
        Set<String> deferred = state.deferred();
        List<Field<M, ?>> fields = state.columns();
        ModelMeta<M> model = state.model();
        int[] offsets = offsets(joins, select.rootWidth());
        return Execution.query(db, st, rs -> {
            List<M> out = new ArrayList<>();
            Object[] row = new Object[joins.nodes().size()];
            while (rs.next()) {
                M instance;
                if (deferred.isEmpty()) {
                    instance = model.mapRow(rs, 0, reader);
                } else {
                    instance = model.newInstance();
                    for (int i = 0; i < fields.size(); i++) {
                        Execution.copy(fields.get(i), instance, rs, i + 1, reader);
                    }
                }
                instance.markPersisted(alias, deferred);
                fill(joins, instance, row, offsets, rs, reader, alias);
                out.add(instance);
            }
            return List.copyOf(out);
        });
    }

    /** The first column offset of every joined model (mapRow reads {@code offset + 1 …}). */
    static int[] offsets(Joins joins, int rootWidth) {
        int[] offsets = new int[joins.nodes().size()];
        int at = rootWidth;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = at;
            at += joins.nodes().get(i).target().fields().size();
        }
        return offsets;
    }

    private static void fill(Joins joins, Object root, Object[] row, int[] offsets, ResultSet rs,
                             ValueReader reader, String alias) throws SQLException {
        List<Joins.Node> nodes = joins.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Joins.Node n = nodes.get(i);
            Object parent = n.parent() < 0 ? root : row[n.parent()];
            ModelMeta<?> target = n.target();
            int pkColumn = offsets[i] + target.fields().indexOf(target.pk()) + 1;
            if (parent == null || rs.getObject(pkColumn) == null) {
                row[i] = null;
                continue;
            }
            Object related = target.mapRow(rs, offsets[i], reader);
            ((Entity) related).markPersisted(alias, Set.of());
            attach(n.key(), parent, related);
            row[i] = related;
        }
    }

    @SuppressWarnings("unchecked")
    static <M, T extends Entity> void attach(ForeignKeyField<M, T> key, Object owner, Object related) {
        key.load((M) owner, (T) related);
    }
}
