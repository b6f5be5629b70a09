package dev.jango.migrations.operations;

import dev.jango.db.meta.FieldSpec;
import dev.jango.migrations.state.ProjectState;
import java.util.List;

/** Changes a field's type, nullability, default, unique or index flag; {@code field} is its new definition. */
public record AlterField(String model, FieldSpec field) implements Operation {
    @Override
    public String describe() {
        return "Alter field " + field.name() + " on " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> t.mapField(field.name(), old -> field));
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        var table = before.model(ctx.app(), model).table();
        return Step.sql(ctx.editor().alterColumn(table, table.requireField(field.name()), field));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        var old = before.model(ctx.app(), model).table().requireField(field.name());
        var after = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(ctx.editor().alterColumn(after, field, old));
    }
}
