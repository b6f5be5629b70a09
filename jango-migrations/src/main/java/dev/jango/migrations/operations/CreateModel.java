package dev.jango.migrations.operations;

import dev.jango.db.schema.Table;
import dev.jango.migrations.state.ModelState;
import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.List;

/** Creates a model's table with its columns, indexes and constraints. */
public record CreateModel(String name, Table table) implements Operation {
    @Override
    public String describe() {
        return "Create model " + name + " (table " + table.name() + ")";
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        if (before.find(app, name).isPresent()) {
            throw new StateException("model " + app + "." + name + " already exists");
        }
        return before.with(new ModelState(app, name, table));
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().createTable(table));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().dropTable(table));
    }
}
