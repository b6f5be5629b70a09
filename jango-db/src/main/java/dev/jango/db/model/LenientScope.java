package dev.jango.db.model;

import dev.jango.db.meta.ModelMeta;

/**
 * The scoped loader {@link Loading#lenient} binds and {@link Ref#get()} consults. Kept apart from {@code Loading}
 * so {@code Ref} depends on nothing beyond the metamodel (the processor's tests compile it on its own).
 */
final class LenientScope {
    /** Loads one row of {@code target} by primary key. */
    interface Loader {
        Object load(ModelMeta<?> target, Object id);
    }

    static final ScopedValue<Loader> LOADER = ScopedValue.newInstance();

    private LenientScope() {
    }

    /** The bound loader, or null outside a lenient scope. */
    static Loader current() {
        return LOADER.isBound() ? LOADER.get() : null;
    }
}
