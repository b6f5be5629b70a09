package dev.jango.db.model;

import dev.jango.db.meta.Relation;
import java.util.List;

/**
 * The value of a {@link ManyToMany} field: the related objects when the query prefetched them, otherwise nothing
 * (reading it throws {@link RelationNotLoaded} naming {@code add .prefetchRelated(BOOK.tags)}). Immutable: loading
 * replaces the field's value. Adding and removing links goes through the relation's helpers, not through this list.
 *
 * <pre>{@code
 * Book b = Book.objects.all().prefetchRelated(BOOK.tags).first().orElseThrow();
 * b.tags.all();   // the prefetched tags
 * }</pre>
 *
 * @param <T> the related model
 */
public final class RelatedSet<T> {
    private final List<T> items;
    private final Relation<?, ?> origin;

    private RelatedSet(List<T> items, Relation<?, ?> origin) {
        this.items = items;
        this.origin = origin;
    }

    /** Framework use (generated code): a set that was not loaded, knowing which relation it belongs to. */
    public static <T> RelatedSet<T> unloaded(Relation<?, ?> origin) {
        return new RelatedSet<>(null, origin);
    }

    /** Framework use (the query layer's prefetch): a loaded set. */
    public static <T> RelatedSet<T> of(List<? extends T> items) {
        return new RelatedSet<>(List.copyOf(items), null);
    }

    public boolean isLoaded() {
        return items != null;
    }

    /**
     * The prefetched objects.
     *
     * @throws RelationNotLoaded if the query did not prefetch them; the message names the fix
     */
    public List<T> all() {
        if (items == null) {
            throw origin != null ? origin.notLoaded()
                    : new RelationNotLoaded("this RelatedSet was not loaded: add .prefetchRelated(...) to the query");
        }
        return items;
    }

    @Override
    public String toString() {
        return items == null ? "RelatedSet[not loaded]" : "RelatedSet" + items;
    }
}
