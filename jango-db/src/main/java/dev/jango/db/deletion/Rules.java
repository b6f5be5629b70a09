package dev.jango.db.deletion;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.ReverseForeignKey;
import dev.jango.db.model.OnDelete;
import dev.jango.db.signals.ModelSignals;
import dev.jango.db.signals.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the on-delete rules of a model's reverse keys ask of a delete: which keys point at it, whether its rows
 * must be loaded (someone listens) or can go by a plain {@code DELETE … WHERE key IN (…)}, and the value a
 * SET_NULL / SET_DEFAULT key is set to.
 */
final class Rules {
    private Rules() {
    }

    /** The foreign keys of other models (and of {@code model} itself) that point at {@code model}. */
    static List<ForeignKeyField<?, ?>> pointingAt(ModelMeta<?> model) {
        List<ForeignKeyField<?, ?>> out = new ArrayList<>();
        for (Relation<?, ?> r : model.relations()) {
            if (r instanceof ReverseForeignKey<?, ?> rev) {
                out.add(rev.field());
            }
        }
        return out;
    }

    /** True when some key pointing at {@code model} asks the ORM to act (anything but DO_NOTHING). */
    static boolean hasActions(ModelMeta<?> model) {
        for (ForeignKeyField<?, ?> fk : pointingAt(model)) {
            if (fk.onDelete() != OnDelete.DO_NOTHING) {
                return true;
            }
        }
        return false;
    }

    /** The receivers of {@code model} in the current signal set. */
    static ModelSignals signals(ModelMeta<?> model) {
        return Signals.current().of(model.modelClass());
    }

    /** True when preDelete, postDelete or a write hook of {@code model} needs the deleted rows as instances. */
    static boolean needsInstances(ModelMeta<?> model) {
        ModelSignals s = signals(model);
        return !s.preDelete().isEmpty() || !s.postDelete().isEmpty() || !s.hooks().isEmpty();
    }

    /**
     * True when cascaded rows of {@code model} can be deleted by their foreign key alone, without reading their
     * keys first (Django's fast delete): nobody listens, nothing points at them that needs an action, and none of
     * the model's own keys is RESTRICT (a RESTRICT check must know which of its rows the cascade reaches).
     */
    static boolean fastDeletable(ModelMeta<?> model) {
        if (needsInstances(model) || hasActions(model)) {
            return false;
        }
        for (Field<?, ?> f : model.fields()) {
            if (f instanceof ForeignKeyField<?, ?> fk && fk.onDelete() == OnDelete.RESTRICT) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value SET_NULL or SET_DEFAULT writes into {@code fk}: NULL, or the declared default as the key's type.
     * The annotation processor refuses both mistakes at compile time; this catches hand-written metamodels.
     *
     * @throws IllegalStateException naming the field when it is not nullable (SET_NULL) or has no default
     */
    static Object replacement(ForeignKeyField<?, ?> fk) {
        if (fk.onDelete() == OnDelete.SET_NULL) {
            if (!fk.spec().nullable()) {
                throw new IllegalStateException(fk + " has onDelete = SET_NULL but is not nullable: add @Null");
            }
            return null;
        }
        String literal = fk.spec().defaultValue().orElseThrow(() -> new IllegalStateException(
                fk + " has onDelete = SET_DEFAULT but no @Default: declare the id to point at"));
        try {
            return switch (fk.kind()) {
                case INT -> Integer.valueOf(literal);
                case LONG -> Long.valueOf(literal);
                case UUID -> UUID.fromString(literal);
                default -> literal;
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(fk + ": @Default(\"" + literal + "\") is not a " + fk.kind()
                    + " key", e);
        }
    }
}
