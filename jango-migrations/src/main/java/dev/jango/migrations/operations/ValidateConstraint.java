package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.List;

/** Validates a check added NOT VALID (PostgreSQL; nothing to do elsewhere). Takes only a light lock. */
public record ValidateConstraint(String model, String name) implements Operation {
    @Override
    public String describe() {
        return "Validate constraint " + name + " on " + model;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        before.model(app, model).table().checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new StateException(app + "." + model + " has no check constraint " + name));
        return before;
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        var t = before.model(ctx.app(), model).table();
        var check = t.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return Step.sql(ctx.editor().validateCheck(t, check));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return List.of();
    }
}
