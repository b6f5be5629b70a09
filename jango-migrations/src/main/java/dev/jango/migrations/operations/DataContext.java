package dev.jango.migrations.operations;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * What data-migration code gets: the migration's database, the schema state at this point of history, and a
 * progress reporter.
 *
 * @param app        the migration's app
 * @param database   the migration's database: statements run inside its transaction when the migration is
 *                   atomic, and are counted in {@code Queries}
 * @param state      the historical state (tables and columns as they are at this migration)
 * @param editor     for quoting identifiers
 * @param progress   where to report long-running work
 */
public record DataContext(String app, Database database, ProjectState state, SchemaEditor editor,
                          Step.Progress progress) {

    /** The quoted table name of model {@code name} of this app, as of this migration. */
    public String table(String name) {
        return editor.quote(state.model(app, name).table().name());
    }

    /** The quoted column of {@code field} on model {@code name}, as of this migration. */
    public String column(String name, String field) {
        return editor.quote(state.model(app, name).table().requireField(field).column());
    }

    /** Runs an UPDATE/INSERT/DELETE with positional parameters (types inferred); returns the row count. */
    public int update(String sql, Object... params) {
        List<BoundValue> bound = new ArrayList<>(params.length);
        for (Object p : params) {
            bound.add(BoundValue.of(p));
        }
        return database.update(sql, bound);
    }
}
