package dev.jango.migrations.squash;

import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.MigrationFile;
import dev.jango.migrations.operations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the squashed migration for a contiguous range of one app's migrations. Its name starts with the last
 * replaced number ({@code 0042_squashed_0001}) so the next migration number continues after it.
 */
public final class Squasher {
    private Squasher() {
    }

    public static Migration squash(MigrationGraph graph, String app, String from, String to) {
        List<MigrationKey> range = new ArrayList<>();
        boolean inside = false;
        for (MigrationKey k : graph.order()) {
            if (!k.app().equals(app)) {
                continue;
            }
            inside |= k.name().equals(from);
            if (inside) {
                range.add(k);
            }
            if (k.name().equals(to)) {
                break;
            }
        }
        if (range.isEmpty() || !range.getFirst().name().equals(from) || !range.getLast().name().equals(to)) {
            throw new GraphException("cannot squash " + app + " from " + from + " to " + to
                    + ": both must be migrations of " + app + ", in that order");
        }
        Set<MigrationKey> replaced = new LinkedHashSet<>(range);
        List<Operation> ops = new ArrayList<>();
        Set<MigrationKey> deps = new LinkedHashSet<>();
        Map<String, String> silenced = new TreeMap<>();
        boolean atomic = true;
        for (MigrationKey k : range) {
            Migration m = graph.get(k);
            ops.addAll(m.operations());
            m.dependencies().stream().filter(d -> !replaced.contains(d)).forEach(deps::add);
            silenced.putAll(m.silenced());
            atomic &= m.atomic();
        }
        List<Operation> optimized = Optimizer.optimize(ops);
        atomic &= optimized.stream().allMatch(Operation::atomic);
        String number = to.substring(0, to.indexOf('_'));
        String name = number + "_squashed_" + from.substring(0, from.indexOf('_'));
        return MigrationFile.withHash(new Migration(new MigrationKey(app, name), List.copyOf(deps), optimized, atomic,
                graph.get(range.getFirst()).initial(), List.copyOf(replaced), silenced, ""));
    }
}
