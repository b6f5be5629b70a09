package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.List;

/** Drops a model's table; the reverse recreates it empty. */
public record DeleteModel(String name) implements Operation {
    @Override
    public String describe() {
        return "Delete model " + name;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.without(app, name);
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().dropTable(before.model(ctx.app(), name).table()));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().createTable(before.model(ctx.app(), name).table()));
    }
}
