package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.InQuery;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.ReverseForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The PROTECT/RESTRICT check of a delete (issue 3 item 1, partial item 5): before the rows matching a where-tree
 * are deleted, every reverse foreign key with PROTECT or RESTRICT is probed, following CASCADE keys to the rows
 * the database would delete with them; a hit raises {@link ProtectedError} before any row is touched. CASCADE and
 * SET_NULL themselves are carried out by the constraints the schema editor declares.
 */
public final class DeleteGuard {
    private static final int SHOWN = 20;
    private static final int MAX_DEPTH = 16;

    private DeleteGuard() {
    }

    /**
     * Checks the deletion of one saved instance ({@code Manager.delete}).
     *
     * @throws ProtectedError naming the protecting field and the blocking rows
     */
    public static <M> void checkInstance(Database db, ModelMeta<M> model, M instance) {
        Object id = model.pk().get(instance);
        if (id != null) {
            check(db, model, new FieldRef(model.pk()).eq(id));
        }
    }

    /** Checks the deletion of {@code model}'s rows matching {@code where}; one probe per protecting key. */
    static void check(Database db, ModelMeta<?> model, Condition where) {
        check(db, model, where, 0);
    }

    private static void check(Database db, ModelMeta<?> model, Condition where, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Relation<?, ?> r : model.relations()) {
            if (!(r instanceof ReverseForeignKey<?, ?> rev)) {
                continue;
            }
            ForeignKeyField<?, ?> fk = rev.field();
            QueryState<?> doomed = QueryState.of(model, List.of()).where(where);
            Condition pointing = new InQuery(new FieldRef(fk),
                    new ValuesQuery.SelectSubQuery(doomed, List.of(new FieldRef(model.pk())), model.pk().kind()));
            switch (fk.onDelete()) {
                case PROTECT, RESTRICT -> probe(db, fk, pointing);
                case CASCADE -> check(db, fk.model(), pointing, depth + 1);
                default -> {
                }
            }
        }
    }

    private static void probe(Database db, ForeignKeyField<?, ?> fk, Condition pointing) {
        ModelMeta<?> child = fk.model();
        QueryState<?> q = QueryState.of(child, List.of(child.pk().asc())).where(pointing).slice((long) SHOWN, null);
        Statement st = Compiler.select(Dialect.of(db.vendor()), q, List.of(new FieldRef(child.pk())));
        List<Object> ids = Execution.query(db, st, rs -> {
            List<Object> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
            return out;
        });
        if (!ids.isEmpty()) {
            String target = fk.target().name();
            throw new ProtectedError(fk.toString(), ids, "cannot delete " + target + ": " + child.name()
                    + " rows " + ids + (ids.size() == SHOWN ? " (and maybe more)" : "") + " point at it through "
                    + child.name() + "." + fk.name() + " (on delete " + fk.onDelete() + ")");
        }
    }
}
