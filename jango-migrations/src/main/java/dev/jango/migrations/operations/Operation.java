package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.List;

/**
 * One change in a migration. {@link #apply} moves the schema state forward (pure, cheap: no database);
 * {@link #forwards} and {@link #backwards} produce the database steps, given the state before this operation.
 *
 * <pre>{@code
 * ProjectState after = op.apply("shop", before);
 * List<Step> up = op.forwards(ctx, before);
 * List<Step> down = op.backwards(ctx, before);   // IrreversibleException if it has no reverse
 * }</pre>
 */
public sealed interface Operation permits CreateModel, DeleteModel, RenameModel, AlterTable, AddField, RemoveField,
        AlterField, RenameField, AddIndex, RemoveIndex, RenameIndex, AddConstraint, ValidateConstraint,
        RemoveConstraint, RunSql, RunCode, SeparateDatabaseAndState, Backfill, DropColumn {

    /** One line for plans and reviews ({@code Add field isbn to Book}). */
    String describe();

    ProjectState apply(String app, ProjectState before);

    List<Step> forwards(OpContext ctx, ProjectState before);

    List<Step> backwards(OpContext ctx, ProjectState before);

    default boolean reversible() {
        return true;
    }

    /** False for operations that must run outside a transaction (concurrent index builds, batched backfills). */
    default boolean atomic() {
        return true;
    }

    /** Dropped by the squash optimizer (one-off data operations). */
    default boolean elidable() {
        return false;
    }
}
