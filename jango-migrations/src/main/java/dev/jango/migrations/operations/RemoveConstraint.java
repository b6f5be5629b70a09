package dev.jango.migrations.operations;

import dev.jango.db.schema.Table;
import dev.jango.migrations.state.ProjectState;
import java.util.List;

/** Drops a check or unique constraint; the file keeps its definition for the reverse. */
public record RemoveConstraint(String model, Constraint constraint) implements Operation {
    @Override
    public String describe() {
        return "Remove constraint " + switch (constraint) {
            case Constraint.Check c -> c.spec().name();
            case Constraint.Unique u -> u.spec().name().isEmpty() ? "unique " + u.spec().fields() : u.spec().name();
            case Constraint.ForeignKey f -> "foreign key " + f.spec().column();
        } + " from " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before.mapTable(app, model, t -> switch (constraint) {
            case Constraint.Check c -> t.withChecks(t.checks().stream()
                    .filter(x -> !x.name().equals(c.spec().name())).toList());
            case Constraint.Unique u -> t.withUniques(t.uniques().stream()
                    .filter(x -> !t.uniqueName(x).equals(t.uniqueName(u.spec()))).toList());
            case Constraint.ForeignKey f -> t.withForeignKeys(t.foreignKeys().stream()
                    .filter(x -> !x.column().equals(f.spec().column())).toList());
        });
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        Table t = before.model(ctx.app(), model).table();
        return Step.sql(switch (constraint) {
            case Constraint.Check c -> ctx.editor().dropCheck(t, c.spec());
            case Constraint.Unique u -> ctx.editor().dropUnique(t, u.spec());
            case Constraint.ForeignKey f -> ctx.editor().dropForeignKey(t, f.spec());
        });
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        Table t = apply(ctx.app(), before).model(ctx.app(), model).table();
        return Step.sql(switch (constraint) {
            case Constraint.Check c -> ctx.editor().addCheck(t, c.spec(), false);
            case Constraint.Unique u -> ctx.editor().addUnique(t, u.spec(), false);
            case Constraint.ForeignKey f -> ctx.editor().addForeignKey(t, f.spec(), false);
        });
    }
}
