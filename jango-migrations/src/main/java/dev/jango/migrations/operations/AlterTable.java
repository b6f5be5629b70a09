package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.List;

/** Renames a model's table ({@code ALTER TABLE … RENAME TO}). */
public record AlterTable(String model, String table) implements Operation {
    @Override
    public String describe() {
        return "Rename table of " + model + " to " + table;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> t.withName(table));
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().renameTable(before.model(ctx.app(), model).table(), table));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        var old = before.model(ctx.app(), model).table();
        return Step.sql(ctx.editor().renameTable(old.withName(table), old.name()));
    }
}
