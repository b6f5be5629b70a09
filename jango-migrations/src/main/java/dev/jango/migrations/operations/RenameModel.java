package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import dev.jango.migrations.state.StateException;
import java.util.List;

/** Renames a model class; the table keeps its explicit name, so the database is not touched. */
public record RenameModel(String oldName, String newName) implements Operation {
    @Override
    public String describe() {
        return "Rename model " + oldName + " to " + newName + " (table unchanged)";
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        if (before.find(app, newName).isPresent()) {
            throw new StateException("cannot rename " + app + "." + oldName + ": " + newName + " already exists");
        }
        return before.without(app, oldName).with(before.model(app, oldName).withName(newName));
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return List.of();
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return List.of();
    }
}
