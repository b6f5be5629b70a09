package dev.jango.db.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A chain of relations from model {@code M} to model {@code T}, built by {@link Relation#then}. The types make a
 * broken chain a compile error; the query layer turns it into joins ({@code selectRelated}) or prefetch steps.
 *
 * <pre>{@code
 * BOOK.author.then(AUTHOR.publisher).path();   // "author__publisher"
 * }</pre>
 *
 * @param steps the relations in order, never empty
 * @param <M>   the starting model
 * @param <T>   the model at the end of the path
 */
public record RelationPath<M, T>(List<Relation<?, ?>> steps) {
    public RelationPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a relation path needs at least one relation");
        }
    }

    /** The one-step path of {@code relation}. */
    public static <M, T> RelationPath<M, T> of(Relation<M, T> relation) {
        return new RelationPath<>(List.of(Objects.requireNonNull(relation, "relation")));
    }

    /** This path followed by {@code next}. */
    public <U> RelationPath<M, U> then(Relation<T, U> next) {
        List<Relation<?, ?>> more = new ArrayList<>(steps);
        more.add(Objects.requireNonNull(next, "next"));
        return new RelationPath<>(more);
    }

    /** The last relation. */
    public Relation<?, ?> last() {
        return steps.getLast();
    }

    /** True when any step loads a list, so the path needs a prefetch rather than a join. */
    public boolean toMany() {
        return steps.stream().anyMatch(Relation::toMany);
    }

    /** The Django-style string form ({@code author__publisher}). */
    public String path() {
        return steps.stream().map(Relation::name).collect(Collectors.joining("__"));
    }

    @Override
    public String toString() {
        return steps.stream().map(Relation::constant).collect(Collectors.joining(".then(", "", ""))
                + ")".repeat(steps.size() - 1);
    }
}
