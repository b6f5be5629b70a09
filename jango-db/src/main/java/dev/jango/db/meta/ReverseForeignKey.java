package dev.jango.db.meta;

import dev.jango.db.model.Entity;
import dev.jango.db.model.RelatedSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The reverse side of a foreign key ({@code AUTHOR.books} for {@code Book.author}), generated on the target's
 * metamodel when both models are compiled together. For a foreign key declared in another module, build one with
 * {@link #of} and keep it in a constant of your own. The prefetched list is kept on the instance
 * ({@link Entity#prefetched}); reading it unloaded names {@code add .prefetchRelated(AUTHOR.books)}.
 *
 * <pre>{@code
 * for (Author a : Author.objects.all().prefetchRelated(AUTHOR.books)) { AUTHOR.books.all(a); }
 * static final ReverseForeignKey<Author, Review> REVIEWS = ReverseForeignKey.of(REVIEW.author, "reviews");
 * }</pre>
 *
 * @param <M> the referenced model (the query's model)
 * @param <S> the model declaring the foreign key
 */
public final class ReverseForeignKey<M extends Entity, S extends Entity> implements Relation<M, S> {
    private final String name;
    private final String constant;
    private final Supplier<? extends ModelMeta<M>> model;
    private final Supplier<? extends ForeignKeyField<S, M>> field;

    /** Called by generated metamodels, with lazy suppliers so the two metamodels can refer to each other. */
    public ReverseForeignKey(String name, String constant, Supplier<? extends ModelMeta<M>> model,
            Supplier<? extends ForeignKeyField<S, M>> field) {
        this.name = Objects.requireNonNull(name, "name");
        this.constant = Objects.requireNonNull(constant, "constant");
        this.model = Objects.requireNonNull(model, "model");
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * The reverse of {@code field}, for a foreign key whose target was compiled separately (no generated accessor).
     * The constant named in error messages is {@code <TARGET>.<name>}.
     */
    public static <M extends Entity, S extends Entity> ReverseForeignKey<M, S> of(ForeignKeyField<S, M> field,
            String name) {
        Objects.requireNonNull(field, "field");
        String target = field.target().name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        return new ReverseForeignKey<>(name, target + "." + name, field::target, () -> field);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String constant() {
        return constant;
    }

    @Override
    public ModelMeta<M> model() {
        return model.get();
    }

    @Override
    public ModelMeta<S> target() {
        return field().model();
    }

    @Override
    public boolean toMany() {
        return true;
    }

    /** The forward foreign key ({@code BOOK.author}). */
    public ForeignKeyField<S, M> field() {
        return field.get();
    }

    /**
     * The prefetched related objects of {@code instance}. Inside {@code Loading.lenient(...)} an unprefetched
     * relation runs one query for this instance ({@code WHERE fk = id}) and keeps the result on it.
     *
     * @throws dev.jango.db.model.RelationNotLoaded if the query did not prefetch this relation (strict loading)
     */
    @SuppressWarnings("unchecked")
    public List<S> all(M instance) {
        List<?> items = instance.prefetched(name);
        if (items == null) {
            // Strict outside a lenient scope: RelatedSet throws this relation's notLoaded().
            items = RelatedSet.<S>unloaded(this, instance).all();
            instance.putPrefetched(name, items);
        }
        return (List<S>) items;
    }

    /** Query layer ({@code prefetchRelated}): stores the related objects of {@code instance}, in order. */
    public void load(M instance, List<? extends S> related) {
        instance.putPrefetched(name, related);
    }

    @Override
    public String toString() {
        return constant;
    }
}
