package dev.jango.db.deletion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The order of a collection's DELETEs: a row goes before the row it points at, so the deletes work with plain
 * (NO ACTION) constraints and never leave the work to an {@code ON DELETE CASCADE}. Steps are sorted along the
 * edges {@link DeleteCollection} recorded; among steps that are free to go, the one found last (the deepest) goes
 * first, which also orders the levels of a self-referencing tree. Rows that point at each other in a cycle have
 * no valid order: the earliest remaining step (nearest the root) then goes first, and the database's
 * {@code ON DELETE CASCADE} (which the schema keeps as a backstop, ADR 0111) removes the rest of the cycle,
 * which was reached from it through CASCADE keys.
 */
final class Plan {
    private Plan() {
    }

    /** Step {@code first} must be deleted before step {@code then}. */
    record Edge(int first, int then) {
    }

    static List<Step> order(List<Step> steps, Set<Edge> edges) {
        int n = steps.size();
        int[] waitingFor = new int[n];
        List<List<Integer>> unblocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            unblocks.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            waitingFor[e.then()]++;
            unblocks.get(e.first()).add(e.then());
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.reverseOrder());
        for (int i = 0; i < n; i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        List<Step> out = new ArrayList<>(n);
        while (out.size() < n) {
            int next = ready.isEmpty() ? earliestLeft(done) : ready.poll();
            if (done[next]) {
                continue;
            }
            done[next] = true;
            out.add(steps.get(next));
            for (int then : unblocks.get(next)) {
                if (--waitingFor[then] == 0 && !done[then]) {
                    ready.add(then);
                }
            }
        }
        return out;
    }

    private static int earliestLeft(boolean[] done) {
        for (int i = 0; i < done.length; i++) {
            if (!done[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no step left");
    }
}
