package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.List;

/** Validates a check or foreign key added NOT VALID (PostgreSQL; nothing to do elsewhere). Takes only a light lock. */
public record ValidateConstraint(String model, String name) implements Operation {
    @Override
    public String describe() {
        return "Validate constraint " + name + " on " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        var t = before.model(app, model).table();
        if (t.checks().stream().noneMatch(c -> c.name().equals(name))
                && t.foreignKeys().stream().noneMatch(f -> f.name(t.name()).equals(name))) {
            throw new StateException(app + "." + model + " has no check or foreign key constraint " + name);
        }
        return before;
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        var t = before.model(ctx.app(), model).table();
        var check = t.checks().stream().filter(c -> c.name().equals(name)).findFirst();
        if (check.isPresent()) {
            return Step.sql(ctx.editor().validateCheck(t, check.get()));
        }
        var fk = t.foreignKeys().stream().filter(f -> f.name(t.name()).equals(name)).findFirst().orElseThrow();
        return Step.sql(ctx.editor().validateForeignKey(t, fk));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return List.of();
    }
}
