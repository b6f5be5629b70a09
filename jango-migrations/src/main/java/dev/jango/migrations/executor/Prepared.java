package dev.jango.migrations.executor;

import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.History;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.operations.OpContext;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.Step;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * One planned migration with its steps, built before anything runs so that an irreversible operation or a state
 * error stops the plan up front.
 *
 * @param opIndex {@code opIndex.get(k)} is the operation step k belongs to
 * @param atomic  runs in one transaction where the database allows
 */
public record Prepared(PlanStep step, Migration migration, List<Step> steps, List<Integer> opIndex,
                       boolean atomic) {

    /** Prepares {@code plan} for {@code editor}'s vendor; needs no database ({@code sqlmigrate}, golden files). */
    public static List<Prepared> of(MigrationGraph graph, List<PlanStep> plan, SchemaEditor editor) {
        History history = History.of(graph);
        List<Prepared> prepared = new ArrayList<>();
        for (PlanStep step : plan) {
            Migration m = graph.get(step.key());
            ProjectState s = history.before(step.key());
            OpContext ctx = new OpContext(m.app(), editor);
            List<ProjectState> states = new ArrayList<>();
            for (Operation op : m.operations()) {
                states.add(s);
                s = op.apply(m.app(), s);
            }
            List<Step> steps = new ArrayList<>();
            List<Integer> opIndex = new ArrayList<>();
            int n = m.operations().size();
            for (int j = 0; j < n; j++) {
                int i = step.backwards() ? n - 1 - j : j;
                Operation op = m.operations().get(i);
                List<Step> opSteps;
                try {
                    opSteps = step.backwards() ? op.backwards(ctx, states.get(i)) : op.forwards(ctx, states.get(i));
                } catch (RuntimeException e) {
                    throw new GraphException("migration " + m.key() + ", operation " + (i + 1) + " ("
                            + op.describe() + "): " + e.getMessage());
                }
                steps.addAll(opSteps);
                opSteps.forEach(x -> opIndex.add(i));
            }
            boolean atomic = m.atomic() && m.operations().stream().allMatch(Operation::atomic);
            prepared.add(new Prepared(step, m, steps, opIndex, atomic));
        }
        return prepared;
    }
}
