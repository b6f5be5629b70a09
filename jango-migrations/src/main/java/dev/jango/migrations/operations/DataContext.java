package dev.jango.migrations.operations;

import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.state.ProjectState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What data-migration code gets: the migration's connection, the schema state at this point of history, and a
 * progress reporter.
 *
 * @param app        the migration's app
 * @param connection inside the migration's transaction when the migration is atomic
 * @param state      the historical state (tables and columns as they are at this migration)
 * @param editor     for quoting identifiers
 * @param progress   where to report long-running work
 */
public record DataContext(String app, Connection connection, ProjectState state, SchemaEditor editor,
                          Step.Progress progress) {

    /** The quoted table name of model {@code name} of this app, as of this migration. */
    public String table(String name) {
        return editor.quote(state.model(app, name).table().name());
    }

    /** The quoted column of {@code field} on model {@code name}, as of this migration. */
    public String column(String name, String field) {
        return editor.quote(state.model(app, name).table().requireField(field).column());
    }

    /** Runs an UPDATE/INSERT/DELETE with positional parameters; returns the row count. */
    public int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
