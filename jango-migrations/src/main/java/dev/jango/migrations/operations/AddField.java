package dev.jango.migrations.operations;

import dev.jango.db.meta.FieldSpec;
import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.ArrayList;
import java.util.List;

/** Adds a column. */
public record AddField(String model, FieldSpec field) implements Operation {
    @Override
    public String describe() {
        return "Add field " + field.name() + " to " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> {
            if (t.field(field.name()).isPresent()) {
                throw new StateException(app + "." + model + " already has a field " + field.name());
            }
            List<FieldSpec> fields = new ArrayList<>(t.fields());
            fields.add(field);
            return t.withFields(fields);
        });
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().addColumn(before.model(ctx.app(), model).table(), field));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        var after = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(ctx.editor().dropColumn(after, field.name()));
    }
}
