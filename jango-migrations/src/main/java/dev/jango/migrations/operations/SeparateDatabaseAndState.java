package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the database with one list of operations and the state with another: for renames done by hand, or
 * tables that already exist.
 */
public record SeparateDatabaseAndState(List<Operation> database, List<Operation> state) implements Operation {
    public SeparateDatabaseAndState {
        database = List.copyOf(database);
        state = List.copyOf(state);
    }

    @Override
    public String describe() {
        return "Separate database (" + database.size() + " ops) and state (" + state.size() + " ops)";
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        ProjectState s = before;
        for (Operation op : state) {
            s = op.apply(app, s);
        }
        return s;
    }

    @Override
    public boolean reversible() {
        return database.stream().allMatch(Operation::reversible);
    }

    @Override
    public boolean atomic() {
        return database.stream().allMatch(Operation::atomic);
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        List<Step> steps = new ArrayList<>();
        ProjectState s = before;
        for (Operation op : database) {
            steps.addAll(op.forwards(ctx, s));
            s = op.apply(ctx.app(), s);
        }
        return steps;
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        List<ProjectState> states = new ArrayList<>();
        ProjectState s = before;
        for (Operation op : database) {
            states.add(s);
            s = op.apply(ctx.app(), s);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = database.size() - 1; i >= 0; i--) {
            steps.addAll(database.get(i).backwards(ctx, states.get(i)));
        }
        return steps;
    }
}
