package dev.jango.db.model;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import java.util.Objects;

/**
 * The value of a {@link ForeignKey} or {@link OneToOne} field: always the related row's id, and the related object
 * only when the query loaded it. Reading an unloaded object throws {@link RelationNotLoaded} naming the call that
 * loads it, so an N+1 never happens silently. Immutable: loading replaces the field's {@code Ref}; the one
 * exception is the object a {@link Loading#lenient} read fetched, memoised so a second read runs no query.
 *
 * <pre>{@code
 * book.author = Ref.to(author);        // author must be saved
 * book.author = Ref.id(5L);            // just the id
 * book.author.id();                    // 5L
 * Book b = Book.objects.all().selectRelated(BOOK.author).first().orElseThrow();
 * b.author.get().name;                 // loaded by the join
 * }</pre>
 *
 * @param <T> the related model
 */
public final class Ref<T> {
    private final Object id;
    private final T object;
    private final boolean loaded;
    private final Relation<?, ?> origin;
    /** Set once by a lenient read; racing readers may both query, and either result is the same row. */
    private volatile T lenientObject;

    private Ref(Object id, T object, boolean loaded, Relation<?, ?> origin) {
        this.id = id;
        this.object = object;
        this.loaded = loaded;
        this.origin = origin;
    }

    /** A reference holding only {@code id} (a {@code Long}, {@code Integer}, {@code UUID} or {@code String}). */
    public static <T> Ref<T> id(Object id) {
        return new Ref<>(Objects.requireNonNull(id, "id"), null, false, null);
    }

    /**
     * A loaded reference to a saved object.
     *
     * @throws UnsavedRelatedObject if {@code object} has not been saved (it has no row to point at)
     */
    public static <T extends Entity> Ref<T> to(T object) {
        Objects.requireNonNull(object, "object");
        return new Ref<>(savedId(object, null), object, true, null);
    }

    /** Framework use (generated row mappers): an unloaded reference that knows which relation it came from. */
    public static <T> Ref<T> unloaded(Object id, Relation<?, ?> origin) {
        return new Ref<>(Objects.requireNonNull(id, "id"), null, false, origin);
    }

    /** Framework use (the query layer): this reference with its object loaded; the ids must agree. */
    public Ref<T> withObject(T related) {
        return new Ref<>(id, Objects.requireNonNull(related, "related"), true, origin);
    }

    /** The related row's primary key. */
    public Object id() {
        return id;
    }

    /** The id as a {@code long}, for integer keys. */
    public long longId() {
        if (id instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("the id " + id + " is a " + id.getClass().getSimpleName() + ", not a number");
    }

    public boolean isLoaded() {
        return loaded;
    }

    /**
     * The related object.
     *
     * @throws RelationNotLoaded if the query did not load it; the message names the fix
     */
    public T get() {
        if (!loaded) {
            T fetched = lenientObject;
            if (fetched != null) {
                return fetched;
            }
            LenientScope.Loader loader = origin == null ? null : LenientScope.current();
            if (loader != null) {
                fetched = fetch(loader, origin.target());
                lenientObject = fetched;
                return fetched;
            }
            if (origin != null) {
                throw origin.notLoaded();
            }
            throw new RelationNotLoaded("this Ref holds only the id " + id + ": the related object was not loaded"
                    + " (load it with .selectRelated(...) on the query, or assign Ref.to(object))");
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private T fetch(LenientScope.Loader loader, ModelMeta<?> target) {
        return (T) loader.load(target, id);
    }

    /** The id of a saved object; {@code field} (may be null) names the relation in the error. */
    public static Object savedId(Entity object, Relation<?, ?> field) {
        ModelMeta<?> meta = ModelMeta.of(object.getClass());
        Object key = pk(meta, object);
        if (!object.isPersisted() || key == null) {
            String where = field == null ? "a Ref" : field.toString();
            // The object's own toString is not used: it may read the very fields that are still unset.
            throw new UnsavedRelatedObject("this " + meta.name() + " is not saved, so " + where
                    + " cannot point at it: save the " + meta.name() + " first");
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static <M> Object pk(ModelMeta<M> meta, Object object) {
        return meta.pk().get((M) object);
    }

    /** Two references are equal when they point at the same id; loading does not change identity. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ref<?> r && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Ref[" + id + (loaded ? ", loaded" : "") + "]";
    }
}
