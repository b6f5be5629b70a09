package dev.jango.db.model;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import java.util.List;

/**
 * The value of a {@link ManyToMany} field: the related objects when the query prefetched them, otherwise nothing
 * (reading it throws {@link RelationNotLoaded} naming {@code add .prefetchRelated(BOOK.tags)}). Immutable: loading
 * replaces the field's value; the one exception is the list a {@link Loading#lenient} read fetched, memoised so a
 * second read runs no query. Adding and removing links goes through the relation's helpers, not through this list.
 *
 * <pre>{@code
 * Book b = Book.objects.all().prefetchRelated(BOOK.tags).first().orElseThrow();
 * b.tags.all();   // the prefetched tags
 * Loading.lenient(() -> unprefetched.tags.all());   // one query for this book's tags (reported as N+1 in a loop)
 * }</pre>
 *
 * @param <T> the related model
 */
public final class RelatedSet<T> {
    private final List<T> items;
    private final Relation<?, ?> origin;
    /** The instance this set belongs to (its id is read when a lenient read loads the set), or null. */
    private final Object owner;
    /** Set once by a lenient read; racing readers may both query, and either result is the same rows. */
    private volatile List<T> lenientItems;

    private RelatedSet(List<T> items, Relation<?, ?> origin, Object owner) {
        this.items = items;
        this.origin = origin;
        this.owner = owner;
    }

    /**
     * Framework use (generated code): a set that was not loaded, knowing which relation and which instance it
     * belongs to (the instance's id is read only when a lenient read needs it, so a set made before a save works).
     */
    public static <T> RelatedSet<T> unloaded(Relation<?, ?> origin, Object owner) {
        return new RelatedSet<>(null, origin, owner);
    }

    /** Framework use (the query layer's prefetch): a loaded set. */
    public static <T> RelatedSet<T> of(List<? extends T> items) {
        return new RelatedSet<>(List.copyOf(items), null, null);
    }

    public boolean isLoaded() {
        return items != null;
    }

    /**
     * The prefetched objects; inside {@link Loading#lenient} an unloaded set runs one query for its owner instead.
     *
     * @throws RelationNotLoaded if the query did not prefetch them (strict loading); the message names the fix
     */
    public List<T> all() {
        if (items != null) {
            return items;
        }
        List<T> fetched = lenientItems;
        if (fetched != null) {
            return fetched;
        }
        LenientScope.Loader loader = origin == null || owner == null ? null : LenientScope.current();
        Object ownerId = loader == null ? null : ownerId(origin.model(), owner);
        if (ownerId != null) {
            fetched = fetch(loader, ownerId);
            lenientItems = fetched;
            return fetched;
        }
        throw origin != null ? origin.notLoaded()
                : new RelationNotLoaded("this RelatedSet was not loaded: add .prefetchRelated(...) to the query");
    }

    @SuppressWarnings("unchecked")
    private List<T> fetch(LenientScope.Loader loader, Object ownerId) {
        return List.copyOf((List<T>) loader.loadMany(origin, ownerId));
    }

    @SuppressWarnings("unchecked")
    private static <M> Object ownerId(ModelMeta<M> model, Object owner) {
        return owner instanceof Entity e && e.isPersisted() ? model.pk().get((M) owner) : null;
    }

    @Override
    public String toString() {
        return items == null ? "RelatedSet[not loaded]" : "RelatedSet" + items;
    }
}
