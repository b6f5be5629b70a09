package dev.jango.migrations;

import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.Loader;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.HeadFile;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The apps of a project and their migration folders: loads every migration once, builds the graph and checks
 * each app's head file against the graph's leaf (the multiple-leaves backstop).
 */
public final class Workspace {
    private final Map<String, AppMigrations> apps = new LinkedHashMap<>();

    public Workspace(List<AppMigrations> apps) {
        apps.forEach(a -> this.apps.put(a.app(), a));
    }

    public List<AppMigrations> apps() {
        return List.copyOf(apps.values());
    }

    public AppMigrations app(String label) {
        AppMigrations a = apps.get(label);
        if (a == null) {
            throw new GraphException("no app '" + label + "' (apps: " + apps.keySet() + ")");
        }
        return a;
    }

    /** Every migration file of every app, parsed from disk now. */
    public List<Migration> migrations() {
        List<Migration> all = new ArrayList<>();
        apps.values().forEach(a -> all.addAll(Loader.load(a.app(), a.dir())));
        return List.copyOf(all);
    }

    public MigrationGraph graph(Set<MigrationKey> applied) {
        return MigrationGraph.of(migrations(), applied);
    }

    /** The models of every app as state. */
    public ProjectState modelState() {
        Map<String, List<? extends dev.jango.db.meta.ModelMeta<?>>> byApp = new LinkedHashMap<>();
        apps.values().forEach(a -> byApp.put(a.app(), a.models()));
        return ProjectState.fromModels(byApp);
    }

    /**
     * Checks each app: at most one leaf, and the head file names it.
     *
     * @throws GraphException naming the app and both migrations
     */
    public void checkHeads(MigrationGraph graph) {
        for (AppMigrations a : apps.values()) {
            Optional<String> head = HeadFile.read(a.dir());
            List<MigrationKey> leaves = graph.leaves(a.app());
            if (leaves.size() > 1) {
                graph.leaf(a.app());
            }
            String leaf = leaves.isEmpty() ? null : leaves.getFirst().name();
            if (leaf != null && head.isPresent() && !head.get().equals(leaf)) {
                throw new GraphException(a.dir().resolve(HeadFile.FILE) + " names " + head.get()
                        + " but the latest migration of " + a.app() + " is " + leaf);
            }
        }
    }
}
