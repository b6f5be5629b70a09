package dev.jango.migrations.operations;

import dev.jango.db.meta.FieldSpec;
import dev.jango.migrations.state.ProjectState;
import java.util.List;
import java.util.Optional;

/**
 * Renames a field. By default only the state changes and the column keeps its name (safe while old code still
 * runs); with {@code column} present the column is renamed too.
 */
public record RenameField(String model, String oldName, String newName, Optional<String> column) implements Operation {
    @Override
    public String describe() {
        return "Rename field " + oldName + " on " + model + " to " + newName
                + column.map(c -> " (column renamed to " + c + ")").orElse(" (column unchanged)");
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> t.mapField(oldName, f -> new FieldSpec(newName,
                column.orElse(f.column()), f.kind(), f.nullable(), f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText())));
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        if (column.isEmpty()) {
            return List.of();
        }
        return Step.sql(ctx.editor().renameColumn(before.model(ctx.app(), model).table(), oldName, column.get()));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        if (column.isEmpty()) {
            return List.of();
        }
        var old = before.model(ctx.app(), model).table().requireField(oldName);
        var after = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(ctx.editor().renameColumn(after, newName, old.column()));
    }
}
