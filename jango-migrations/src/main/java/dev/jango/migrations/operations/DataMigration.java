package dev.jango.migrations.operations;

import java.sql.SQLException;

/**
 * Java code of a data migration, named by a {@link RunCode} operation and compiled with the app. It works on the
 * historical schema ({@link DataContext#state()}) through plain SQL, never on today's model classes, which may
 * have changed since the migration was written.
 *
 * <pre>{@code
 * public final class FillSlugs implements DataMigration {
 *     public void forwards(DataContext ctx) throws SQLException {
 *         ctx.update("UPDATE " + ctx.table("Book") + " SET slug = lower(title) WHERE slug IS NULL");
 *     }
 *     public boolean reversible() { return true; }
 *     public void backwards(DataContext ctx) { }   // nothing to undo
 * }
 * }</pre>
 */
public interface DataMigration {
    void forwards(DataContext ctx) throws SQLException;

    /** Undoes {@link #forwards}; only called when {@link #reversible()} is true. */
    default void backwards(DataContext ctx) throws SQLException {
        throw new IrreversibleException(getClass().getName() + " has no backwards()");
    }

    default boolean reversible() {
        return false;
    }
}
