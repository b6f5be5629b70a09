package dev.jango.migrations.operations;

import dev.jango.db.meta.IndexSpec;
import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a composite index. {@code concurrently} builds it without blocking writes (PostgreSQL CONCURRENTLY,
 * MariaDB online DDL); such a migration cannot run inside a transaction, so the operation is not atomic.
 */
public record AddIndex(String model, IndexSpec index, boolean concurrently) implements Operation {
    @Override
    public String describe() {
        return "Create index " + (index.name().isEmpty() ? "on " + index.fields() : index.name()) + " on " + model
                + (concurrently ? " concurrently" : "");
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> {
            String name = t.indexName(index);
            if (t.indexes().stream().anyMatch(i -> t.indexName(i).equals(name))) {
                throw new StateException(app + "." + model + " already has an index " + name);
            }
            List<IndexSpec> indexes = new ArrayList<>(t.indexes());
            indexes.add(index);
            return t.withIndexes(indexes);
        });
    }

    @Override
    public boolean atomic() {
        return !concurrently;
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().addIndex(before.model(ctx.app(), model).table(), index, concurrently));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().dropIndex(before.model(ctx.app(), model).table(), index, concurrently));
    }
}
