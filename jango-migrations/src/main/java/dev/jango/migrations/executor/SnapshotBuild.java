package dev.jango.migrations.executor;

import dev.jango.db.connection.Database;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.History;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.operations.Backfill;
import dev.jango.migrations.operations.RunCode;
import dev.jango.migrations.operations.RunSql;
import dev.jango.migrations.state.ModelState;
import dev.jango.migrations.state.ProjectState;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds an app's tables on a fresh database straight from its snapshot ({@code migrate --snapshot}), then
 * records every migration of the app as applied: one CREATE TABLE per model instead of replaying history. Meant
 * for fresh and test databases; data operations in the history (raw SQL, code, backfills) are not run, and the
 * command says which were skipped.
 */
public final class SnapshotBuild {
    private SnapshotBuild() {
    }

    public static void build(Database db, SchemaEditor editor, MigrationGraph graph, String app,
                             ProjectState snapshot, Consumer<String> out) {
        Recorder recorder = new Recorder(editor);
        Set<MigrationKey> applied = recorder.applied(db).keySet();
        List<MigrationKey> keys = graph.order().stream().filter(k -> k.app().equals(app)).toList();
        if (keys.stream().anyMatch(applied::contains)) {
            throw new GraphException("app " + app + " already has applied migrations; --snapshot only builds fresh"
                    + " databases (run migrate without it)");
        }
        for (MigrationKey k : keys) {
            for (MigrationKey d : graph.get(k).dependencies()) {
                if (!d.app().equals(app) && !applied.contains(d)) {
                    throw new GraphException("app " + app + " depends on " + d + ", which is not applied; migrate "
                            + d.app() + " first");
                }
            }
        }
        if (!History.of(graph).end().onlyApp(app).equals(snapshot.onlyApp(app))) {
            throw new GraphException("schema.json of " + app + " disagrees with its migrations; run makemigrations"
                    + " (or restore the snapshot) before building from it");
        }
        keys.forEach(k -> graph.get(k).operations().stream()
                .filter(o -> o instanceof RunSql || o instanceof RunCode || o instanceof Backfill)
                .forEach(o -> out.accept("  skipped in " + k + ": " + o.describe())));
        boolean tx = editor.transactionalDdl();
        recorder.ensure(db);
        Runnable work = () -> {
            for (ModelState m : snapshot.ofApp(app)) {
                editor.createTable(m.table()).forEach(db::execute);
            }
            for (MigrationKey k : keys) {
                recorder.record(db, k, graph.get(k).hash());
            }
        };
        try {
            if (tx) {
                db.atomic(work);
            } else {
                work.run();
            }
        } catch (RuntimeException e) {
            throw new MigrationFailure("building " + app + " from its snapshot failed: " + e.getMessage()
                    + (tx ? "; rolled back" : "; tables created so far remain"), List.of(), e);
        }
        out.accept("Built " + app + " from schema.json: " + snapshot.ofApp(app).size() + " tables, "
                + keys.size() + " migrations recorded as applied");
    }
}
