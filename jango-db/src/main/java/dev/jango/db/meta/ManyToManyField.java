package dev.jango.db.meta;

import dev.jango.db.model.Entity;
import dev.jango.db.model.RelatedSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A many-to-many relation through a declared model ({@code BOOK.tags} through {@code BookTag}). It has no column:
 * the through model holds {@link #sourceField()} (to this model) and {@link #targetField()} (to the related one).
 * On the instance the field holds a {@link RelatedSet}, filled by the query layer through {@link #load}.
 *
 * <pre>{@code
 * Book.objects.all().prefetchRelated(BOOK.tags);
 * BOOK.tags.through();        // BOOK_TAG
 * BOOK.tags.sourceField();    // BOOK_TAG.book
 * }</pre>
 *
 * @param <M> the model declaring the relation
 * @param <T> the related model
 */
public final class ManyToManyField<M extends Entity, T extends Entity> implements Relation<M, T> {
    private final String name;
    private final String constant;
    private final Supplier<? extends ModelMeta<M>> model;
    private final Supplier<? extends ModelMeta<?>> through;
    private final Supplier<? extends ForeignKeyField<?, M>> sourceField;
    private final Supplier<? extends ForeignKeyField<?, T>> targetField;
    private final String relatedName;
    private final Function<M, RelatedSet<T>> getter;
    private final BiConsumer<M, RelatedSet<T>> setter;

    /** Called by generated metamodels; every supplier is resolved lazily so models may refer to each other. */
    public ManyToManyField(String name, String constant, Supplier<? extends ModelMeta<M>> model,
            Supplier<? extends ModelMeta<?>> through, Supplier<? extends ForeignKeyField<?, M>> sourceField,
            Supplier<? extends ForeignKeyField<?, T>> targetField, String relatedName,
            Function<M, RelatedSet<T>> getter, BiConsumer<M, RelatedSet<T>> setter) {
        this.name = Objects.requireNonNull(name, "name");
        this.constant = Objects.requireNonNull(constant, "constant");
        this.model = Objects.requireNonNull(model, "model");
        this.through = Objects.requireNonNull(through, "through");
        this.sourceField = Objects.requireNonNull(sourceField, "sourceField");
        this.targetField = Objects.requireNonNull(targetField, "targetField");
        this.relatedName = Objects.requireNonNull(relatedName, "relatedName");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.setter = Objects.requireNonNull(setter, "setter");
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
    public ModelMeta<T> target() {
        return targetField().target();
    }

    @Override
    public boolean toMany() {
        return true;
    }

    /** The through model, whose rows are the links. */
    public ModelMeta<?> through() {
        return through.get();
    }

    /** The through model's foreign key to this relation's model. */
    public ForeignKeyField<?, M> sourceField() {
        return sourceField.get();
    }

    /** The through model's foreign key to the related model. */
    public ForeignKeyField<?, T> targetField() {
        return targetField.get();
    }

    /** The reverse accessor's name on the target ({@code books}). */
    public String relatedName() {
        return relatedName;
    }

    /** The instance's set (loaded or not). */
    public RelatedSet<T> get(M instance) {
        return getter.apply(instance);
    }

    /**
     * Generated code: the value every new or fetched {@code instance} starts with; it remembers the instance so a
     * lenient read can load the set for it.
     */
    public RelatedSet<T> unloaded(M instance) {
        return RelatedSet.unloaded(this, instance);
    }

    /** Query layer ({@code prefetchRelated}): stores the related objects of {@code instance}, in order. */
    public void load(M instance, List<? extends T> related) {
        setter.accept(instance, RelatedSet.of(related));
    }

    @Override
    public String toString() {
        return constant;
    }
}
