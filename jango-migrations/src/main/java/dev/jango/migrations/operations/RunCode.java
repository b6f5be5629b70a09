package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Runs a {@link DataMigration} class, loaded by name once when the step runs. {@code reversible} is recorded in
 * the file so that plans and the linter need not load the class.
 */
public record RunCode(String className, boolean reversible, boolean elidable) implements Operation {
    @Override
    public String describe() {
        return "Run code " + className;
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before;
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return List.of(new Step.Code(className + ".forwards", (database, progress) ->
                instance().forwards(new DataContext(ctx.app(), database, before, ctx.editor(), progress))));
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        if (!reversible) {
            throw new IrreversibleException(describe() + " is not reversible");
        }
        return List.of(new Step.Code(className + ".backwards", (database, progress) ->
                instance().backwards(new DataContext(ctx.app(), database, before, ctx.editor(), progress))));
    }

    /** The data migration; a missing or unsuitable class is reported with its name. */
    public DataMigration instance() {
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            if (!DataMigration.class.isAssignableFrom(type)) {
                throw new IllegalStateException(className + " does not implement " + DataMigration.class.getName());
            }
            return (DataMigration) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("data migration class " + className + " not found on the class path", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("cannot create " + className + ": " + cause, cause);
        }
    }
}
