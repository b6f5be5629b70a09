package dev.jango.db.model;

import java.util.Objects;

/**
 * The value of a {@link Polymorphic} field: the target's type key and id always, the target object only when it
 * was loaded (batch-loaded per type by the query layer). {@link #get()} is as strict as {@link Ref#get()}.
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

    private GenericRef(String key, Object id, T object, boolean loaded, String origin) {
        this.key = Objects.requireNonNull(key, "key");
        this.id = id;
        this.object = object;
        this.loaded = loaded;
        this.origin = origin;
    }

    /** A reference by key and id, not loaded. The key is checked against the field's type keys when saved. */
    public static <T> GenericRef<T> of(String key, Object id) {
        return new GenericRef<>(key, Objects.requireNonNull(id, "id"), null, false, null);
    }

    /**
     * Framework use: an unloaded reference read from a row; {@code origin} is the field's constant
     * ({@code COMMENT.target}), named in the error when it is read unloaded. The id is null only between setting
     * the two columns one by one.
     */
    public static <T> GenericRef<T> unloaded(String key, Object id, String origin) {
        return new GenericRef<>(key, id, null, false, origin);
    }

    /** Framework use: this reference with its object loaded. */
    public GenericRef<T> withObject(T related) {
        return new GenericRef<>(key, id, Objects.requireNonNull(related, "related"), true, origin);
    }

    /**
     * Framework use: this reference after a batch load found no row for it (no foreign key constraint keeps a
     * polymorphic target alive). {@link #isLoaded()} is true; {@link #get()} says the row is missing.
     */
    public GenericRef<T> withMissing() {
        return new GenericRef<>(key, id, null, true, origin);
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
     * @throws IllegalStateException if it was loaded but its row does not exist (deleted after it was stored)
     */
    public T get() {
        if (loaded && object == null) {
            throw new IllegalStateException((origin == null ? "this GenericRef" : origin) + " points at " + key + " "
                    + id + ", which does not exist (a polymorphic reference has no foreign key constraint)");
        }
        if (!loaded) {
            String field = origin == null ? "this GenericRef" : origin;
            throw new RelationNotLoaded(field + " (" + key + " " + id + ") is not loaded (strict loading): add "
                    + ".prefetchRelated(" + (origin == null ? "…" : origin) + ") to the query that fetched it");
        }
        return object;
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
