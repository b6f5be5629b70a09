package dev.jango.db.model;

import dev.jango.db.meta.ModelMeta;
import java.util.Objects;
import java.util.function.Function;

/**
 * The value of a {@link Polymorphic} field: the target's type key and id always, the target object only when it
 * was loaded (batch-loaded per type by {@code prefetchRelated(COMMENT.target)}). {@link #get()} is as strict as
 * {@link Ref#get()}, and as lenient inside {@link Loading#lenient}: one query by id, memoised in this value.
 *
 * <pre>{@code
 * comment.target = COMMENT.target.to(book);   // key "book", book's id; book must be saved
 * comment.target.key();                       // "book"
 * }</pre>
 *
 * @param <T> the common supertype of the targets (usually {@link Entity})
 */
public final class GenericRef<T> {
    private final String key;
    private final Object id;
    private final T object;
    private final boolean loaded;
    private final String origin;
    /** The field's type keys (key to model), for a lenient read; null for a reference made by hand. */
    private final Function<String, ModelMeta<?>> models;
    /** Set once by a lenient read; racing readers may both query, and either result is the same row. */
    private volatile T lenientObject;

    private GenericRef(String key, Object id, T object, boolean loaded, String origin,
                       Function<String, ModelMeta<?>> models) {
        this.key = Objects.requireNonNull(key, "key");
        this.id = id;
        this.object = object;
        this.loaded = loaded;
        this.origin = origin;
        this.models = models;
    }

    /** A reference by key and id, not loaded. The key is checked against the field's type keys when saved. */
    public static <T> GenericRef<T> of(String key, Object id) {
        return new GenericRef<>(key, Objects.requireNonNull(id, "id"), null, false, null, null);
    }

    /**
     * Framework use: an unloaded reference read from a row; {@code origin} is the field's constant
     * ({@code COMMENT.target}), named in the error when it is read unloaded. The id is null only between setting
     * the two columns one by one.
     */
    public static <T> GenericRef<T> unloaded(String key, Object id, String origin) {
        return new GenericRef<>(key, id, null, false, origin, null);
    }

    /**
     * Framework use: {@link #unloaded(String, Object, String)} that can also load itself in a lenient scope;
     * {@code models} maps a type key to its model (the field's {@code TypeKeys}).
     */
    public static <T> GenericRef<T> unloaded(String key, Object id, String origin,
                                             Function<String, ModelMeta<?>> models) {
        return new GenericRef<>(key, id, null, false, origin, models);
    }

    /** Framework use: this reference with its object loaded. */
    public GenericRef<T> withObject(T related) {
        return new GenericRef<>(key, id, Objects.requireNonNull(related, "related"), true, origin, models);
    }

    /**
     * Framework use: this reference after a batch load found no row for it (no foreign key constraint keeps a
     * polymorphic target alive). {@link #isLoaded()} is true; {@link #get()} says the row is missing.
     */
    public GenericRef<T> withMissing() {
        return new GenericRef<>(key, id, null, true, origin, models);
    }

    /** The target's type key ({@code "book"}). */
    public String key() {
        return key;
    }

    public Object id() {
        return id;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /**
     * The target object.
     *
     * @throws RelationNotLoaded    if it was not loaded
     * @throws IllegalStateException if it was loaded but its row does not exist (deleted after it was stored, or
     *     left out by the prefetch's QuerySet for its type)
     */
    public T get() {
        if (loaded && object == null) {
            throw new IllegalStateException((origin == null ? "this GenericRef" : origin) + " points at " + key + " "
                    + id + ", which does not exist (a polymorphic reference has no foreign key constraint) or which the"
                    + " prefetch's QuerySet for that type left out");
        }
        if (!loaded) {
            T fetched = lenientObject;
            if (fetched != null) {
                return fetched;
            }
            LenientScope.Loader loader = models == null || id == null ? null : LenientScope.current();
            if (loader != null) {
                fetched = fetch(loader);
                lenientObject = fetched;
                return fetched;
            }
            String field = origin == null ? "this GenericRef" : origin;
            throw new RelationNotLoaded(field + " (" + key + " " + id + ") is not loaded (strict loading): add "
                    + ".prefetchRelated(" + (origin == null ? "…" : origin) + ") to the query that fetched it");
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private T fetch(LenientScope.Loader loader) {
        return (T) loader.load(models.apply(key), id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GenericRef<?> g && key.equals(g.key) && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + id.hashCode();
    }

    @Override
    public String toString() {
        return "GenericRef[" + key + " " + id + (loaded ? ", loaded" : "") + "]";
    }
}
