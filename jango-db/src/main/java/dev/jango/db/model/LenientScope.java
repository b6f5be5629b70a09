package dev.jango.db.model;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import java.util.List;

/**
 * The scoped loader {@link Loading#lenient} binds and {@link Ref#get()} / {@link RelatedSet#all()} consult. Kept
 * apart from {@code Loading} so {@code Ref} and {@code RelatedSet} depend on nothing beyond the metamodel (the
 * processor's tests compile them on their own).
 */
final class LenientScope {
    /** Loads what an unloaded relation would have held. */
    interface Loader {
        /** One row of {@code target} by primary key. */
        Object load(ModelMeta<?> target, Object id);

        /** The related rows of the owner with primary key {@code ownerId} across a to-many {@code relation}. */
        List<?> loadMany(Relation<?, ?> relation, Object ownerId);
    }

    static final ScopedValue<Loader> LOADER = ScopedValue.newInstance();

    private LenientScope() {
    }

    /** The bound loader, or null outside a lenient scope. */
    static Loader current() {
        return LOADER.isBound() ? LOADER.get() : null;
    }
}
