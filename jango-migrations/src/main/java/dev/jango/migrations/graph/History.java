package dev.jango.migrations.graph;

import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema state before each migration, by replaying operations in memory in graph order. Only the executor
 * needs it (to know the tables a migration alters); {@code makemigrations} diffs against the snapshot instead.
 * Replay is pure and allocation-light: no classes are built, so 500 migrations take milliseconds.
 */
public final class History {
    private final Map<MigrationKey, ProjectState> before;
    private final ProjectState end;

    private History(Map<MigrationKey, ProjectState> before, ProjectState end) {
        this.before = before;
        this.end = end;
    }

    public static History of(MigrationGraph graph) {
        Map<MigrationKey, ProjectState> before = new HashMap<>();
        ProjectState s = ProjectState.empty();
        for (MigrationKey k : graph.order()) {
            before.put(k, s);
            s = apply(graph.get(k), s);
        }
        return new History(before, s);
    }

    /** {@code state} after all of {@code m}'s operations; errors name the migration and operation. */
    public static ProjectState apply(Migration m, ProjectState state) {
        ProjectState s = state;
        List<Operation> ops = m.operations();
        for (int i = 0; i < ops.size(); i++) {
            try {
                s = ops.get(i).apply(m.app(), s);
            } catch (StateException | dev.jango.db.schema.SchemaException e) {
                throw new GraphException("migration " + m.key() + ", operation " + (i + 1) + " ("
                        + ops.get(i).describe() + "): " + e.getMessage());
            }
        }
        return s;
    }

    public ProjectState before(MigrationKey key) {
        ProjectState s = before.get(key);
        if (s == null) {
            throw new GraphException("no migration " + key);
        }
        return s;
    }

    /** The state after every migration. */
    public ProjectState end() {
        return end;
    }
}
