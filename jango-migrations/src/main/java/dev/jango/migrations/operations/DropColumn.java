package dev.jango.migrations.operations;

import dev.jango.db.meta.FieldSpec;
import dev.jango.db.schema.Table;
import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.ArrayList;
import java.util.List;

/**
 * The second step of a two-release field removal: drops the column of a field that already left the state in an
 * earlier, state-only migration (which the previous release shipped, so no running code reads the column any
 * more). The state is unchanged. The reverse adds the column back, nullable and empty.
 *
 * <pre>{@code
 * new DropColumn("Book", bookIsbnSpec, "0003_remove_book_isbn")
 * }</pre>
 *
 * @param field the field as it was before its removal (its column is what is dropped)
 * @param since the migration that removed the field from the state
 */
public record DropColumn(String model, FieldSpec field, String since) implements Operation {
    @Override
    public String describe() {
        return "Drop column " + field.column() + " of " + model + " (field " + field.name() + " left the state in "
                + since + ")";
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> {
            if (t.field(field.name()).isPresent()) {
                throw new StateException("cannot drop column " + field.column() + " of " + app + "." + model
                        + ": field " + field.name() + " is still in the state (remove it from the model first)");
            }
            return t;
        });
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(ctx.editor().dropColumn(withField(before.model(ctx.app(), model).table(), field),
                field.name()));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        // Nullable: the rows written since the drop have no value for it.
        FieldSpec back = nullable(field);
        return Step.sql(ctx.editor().addColumn(before.model(ctx.app(), model).table(), back));
    }

    /** {@code field} as a nullable column without uniqueness: what may stay in the table while no code reads it. */
    public static FieldSpec nullable(FieldSpec f) {
        return new FieldSpec(f.name(), f.column(), f.kind(), true, true, false, f.indexed(), false, f.defaultValue(),
                f.choices(), f.maxLength(), f.precision(), f.scale(), f.verboseName(), f.helpText());
    }

    private static Table withField(Table table, FieldSpec field) {
        List<FieldSpec> fields = new ArrayList<>(table.fields());
        fields.add(field);
        return table.withFields(fields);
    }
}
