package dev.jango.migrations.operations;

import dev.jango.db.meta.IndexSpec;
import dev.jango.migrations.state.ProjectState;
import java.util.List;

/** Drops a composite index; the file keeps the whole definition so the reverse can rebuild it. */
public record RemoveIndex(String model, IndexSpec index, boolean concurrently) implements Operation {
    @Override
    public String describe() {
        return "Remove index " + (index.name().isEmpty() ? "on " + index.fields() : index.name()) + " from " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> {
            String name = t.indexName(index);
            return t.withIndexes(t.indexes().stream().filter(i -> !t.indexName(i).equals(name)).toList());
        });
    }

    @Override
    public boolean atomic() {
        return !concurrently;
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().dropIndex(before.model(ctx.app(), model).table(), index, concurrently));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().addIndex(before.model(ctx.app(), model).table(), index, concurrently));
    }
}
