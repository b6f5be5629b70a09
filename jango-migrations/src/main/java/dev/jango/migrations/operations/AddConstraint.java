package dev.jango.migrations.operations;

import dev.jango.db.schema.Table;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a check or unique constraint. {@code online} adds a check NOT VALID (validated later by
 * {@link ValidateConstraint}) and builds a unique index concurrently before attaching it, so neither scans the
 * table under an exclusive lock; an online unique is not atomic.
 */
public record AddConstraint(String model, Constraint constraint, boolean online) implements Operation {
    @Override
    public String describe() {
        return "Add constraint " + switch (constraint) {
            case Constraint.Check c -> c.spec().name() + " (check " + c.spec().condition() + ")";
            case Constraint.Unique u -> (u.spec().name().isEmpty() ? "" : u.spec().name() + " ") + "(unique "
                    + u.spec().fields() + ")";
            case Constraint.ForeignKey f -> "(foreign key " + f.spec().column() + " → " + f.spec().targetTable() + ")";
        } + " on " + model + (online ? (constraint instanceof Constraint.Unique ? " concurrently" : " NOT VALID") : "");
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> switch (constraint) {
            case Constraint.Check c -> t.withChecks(plus(t.checks(), c.spec()));
            case Constraint.Unique u -> t.withUniques(plus(t.uniques(), u.spec()));
            case Constraint.ForeignKey f -> t.withForeignKeys(plus(t.foreignKeys(), f.spec()));
        });
    }

    @Override
    public boolean atomic() {
        return !(online && constraint instanceof Constraint.Unique);
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        Table t = before.model(ctx.app(), model).table();
        return Step.sql(switch (constraint) {
            case Constraint.Check c -> ctx.editor().addCheck(t, c.spec(), online);
            case Constraint.Unique u -> ctx.editor().addUnique(t, u.spec(), online);
            case Constraint.ForeignKey f -> ctx.editor().addForeignKey(t, f.spec(), online);
        });
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        Table t = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(switch (constraint) {
            case Constraint.Check c -> ctx.editor().dropCheck(t, c.spec());
            case Constraint.Unique u -> ctx.editor().dropUnique(t, u.spec());
            case Constraint.ForeignKey f -> ctx.editor().dropForeignKey(t, f.spec());
        });
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
