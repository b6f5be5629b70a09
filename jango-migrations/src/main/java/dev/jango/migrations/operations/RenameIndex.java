package dev.jango.migrations.operations;

import dev.jango.db.meta.IndexSpec;
import dev.jango.db.schema.Table;
import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.List;

/** Renames a composite index. */
public record RenameIndex(String model, String oldName, String newName) implements Operation {
    @Override
    public String describe() {
        return "Rename index " + oldName + " on " + model + " to " + newName;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> {
            IndexSpec old = find(t, oldName);
            return t.withIndexes(t.indexes().stream()
                    .map(i -> i == old ? new IndexSpec(newName, i.fields()) : i).toList());
        });
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        Table t = before.model(ctx.app(), model).table();
        return Step.sql(ctx.editor().renameIndex(t, find(t, oldName), newName));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        Table t = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(ctx.editor().renameIndex(t, find(t, newName), oldName));
    }

    private static IndexSpec find(Table t, String name) {
        return t.indexes().stream().filter(i -> t.indexName(i).equals(name)).findFirst()
                .orElseThrow(() -> new StateException("table " + t.name() + " has no index " + name));
    }
}
