package dev.jango.db.meta;

import dev.jango.db.model.RelationNotLoaded;

/**
 * A relation between two models, as the query layer sees it: forward to-one ({@link ForeignKeyField},
 * {@link OneToOneField}), many-to-many ({@link ManyToManyField}) or reverse to-many ({@link ReverseForeignKey}).
 * Relations compose into typed paths for joins and prefetches.
 *
 * <pre>{@code
 * RelationPath<Book, Publisher> p = BOOK.author.then(AUTHOR.publisher);   // "author__publisher"
 * }</pre>
 *
 * @param <M> the model the relation is declared on (the query's model)
 * @param <T> the related model
 */
public sealed interface Relation<M, T> permits ForeignKeyField, ManyToManyField, ReverseForeignKey {
    /** The relation's name on {@link #model()} ({@code author}, {@code tags}, {@code books}). */
    String name();

    /** The model the relation is declared on. */
    ModelMeta<M> model();

    /** The related model; resolved lazily, so models may refer to each other and to themselves. */
    ModelMeta<T> target();

    /** True for relations that load a list ({@code prefetchRelated}); false for to-one ({@code selectRelated}). */
    boolean toMany();

    /** The generated constant that names this relation in code ({@code BOOK.author}), used in error messages. */
    String constant();

    /** The exception for reading this relation unloaded: names the model, the field and the call that loads it. */
    default RelationNotLoaded notLoaded() {
        String call = toMany() ? "prefetchRelated" : "selectRelated";
        return new RelationNotLoaded(model().name() + "." + name() + " is not loaded (strict loading): add ."
                + call + "(" + constant() + ") to the query that fetched this " + model().name());
    }

    /** This relation followed by {@code next}: a path for joins and prefetches. */
    default <U> RelationPath<M, U> then(Relation<T, U> next) {
        return RelationPath.of(this).then(next);
    }
}
