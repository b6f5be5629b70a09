package dev.jango.db.meta;

import dev.jango.db.model.Entity;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A one-to-one relation ({@code PROFILE.user}): a foreign key whose column is unique, so the reverse side is a
 * single object rather than a list.
 *
 * <pre>{@code
 * Profile.objects.all().selectRelated(PROFILE.user);
 * }</pre>
 *
 * @param <M> the model declaring the key
 * @param <T> the related model
 */
public final class OneToOneField<M, T extends Entity> extends ForeignKeyField<M, T> {
    /** Called by generated metamodels; see {@link ForeignKeyField}. The spec must be unique. */
    public OneToOneField(FieldSpec spec, String constant, Function<M, Ref<T>> refGetter,
            BiConsumer<M, Ref<T>> refSetter, Supplier<? extends ModelMeta<T>> target, OnDelete onDelete,
            String relatedName) {
        if (!spec.unique()) {
            throw new IllegalArgumentException(constant + ": a one-to-one field must be unique");
        }
        super(spec, constant, refGetter, refSetter, target, onDelete, relatedName);
    }
}
