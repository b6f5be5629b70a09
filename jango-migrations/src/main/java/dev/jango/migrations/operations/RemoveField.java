package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.List;

/** Drops a column; the reverse adds it back (empty, or with its default). */
public record RemoveField(String model, String name) implements Operation {
    @Override
    public String describe() {
        return "Remove field " + name + " from " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> {
            t.requireField(name);
            return t.withFields(t.fields().stream().filter(f -> !f.name().equals(name)).toList());
        });
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().dropColumn(before.model(ctx.app(), model).table(), name));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        var table = before.model(ctx.app(), model).table();
        var after = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(ctx.editor().addColumn(after, table.requireField(name)));
    }
}
