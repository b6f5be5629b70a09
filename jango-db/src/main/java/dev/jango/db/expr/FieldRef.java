package dev.jango.db.expr;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;

/**
 * A model column, rendered qualified by its table ({@code "book"."title"}). Joins (issue 3) will give the
 * reference a table alias; until then the table name is the alias.
 *
 * @param field the metamodel field
 */
public record FieldRef(Field<?, ?> field) implements Expression {
    @Override
    public FieldKind kind() {
        return field.kind();
    }

    @Override
    public void render(SqlWriter w) {
        w.column(field.model().table(), field.column());
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("col(").append(field.model().table()).append('.').append(field.column()).append(')');
    }
}
