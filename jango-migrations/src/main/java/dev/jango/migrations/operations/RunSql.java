package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.List;
import java.util.Optional;

/**
 * Runs SQL as written. Without {@code reverse} the migration cannot be unapplied; an empty reverse list means
 * "nothing to undo". {@code elidable} lets squash drop it.
 */
public record RunSql(List<String> sql, Optional<List<String>> reverse, boolean elidable) implements Operation {
    public RunSql {
        sql = List.copyOf(sql);
        reverse = reverse.map(List::copyOf);
    }

    @Override
    public String describe() {
        return "Raw SQL (" + sql.size() + " statement" + (sql.size() == 1 ? "" : "s") + ")";
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        return before;
    }

    @Override
    public boolean reversible() {
        return reverse.isPresent();
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        return Step.sql(sql);
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return Step.sql(reverse.orElseThrow(() -> new IrreversibleException(describe() + " has no reverse SQL")));
    }
}
