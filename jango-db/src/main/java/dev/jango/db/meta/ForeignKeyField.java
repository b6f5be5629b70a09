package dev.jango.db.meta;

import dev.jango.db.expr.Condition;
import dev.jango.db.model.Entity;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A foreign key ({@code BOOK.author}). As a {@link Field} its value is the related id, of the target primary key's
 * kind ({@code INT}, {@code LONG}, {@code UUID} or {@code CHAR}), so saving, filtering and reading rows treat it as
 * a plain column; on the instance the field holds a {@link Ref}, which the query layer fills through
 * {@link #load}.
 *
 * <pre>{@code
 * Book.objects.filter(BOOK.author.eq(5L));
 * Book.objects.filter(BOOK.author.eq(author));          // by the saved author's id
 * Book.objects.all().selectRelated(BOOK.author.then(AUTHOR.publisher));
 * }</pre>
 *
 * @param <M> the model declaring the key
 * @param <T> the related model
 */
public sealed class ForeignKeyField<M, T extends Entity> extends Field<M, Object> implements Relation<M, T>
        permits OneToOneField {
    private final String constant;
    private final Function<M, Ref<T>> refGetter;
    private final BiConsumer<M, Ref<T>> refSetter;
    private final Supplier<? extends ModelMeta<T>> target;
    private final OnDelete onDelete;
    private final String relatedName;

    /**
     * Called by generated metamodels.
     *
     * @param constant    the generated constant ({@code "BOOK.author"}), for messages
     * @param target      the related metamodel, resolved lazily (cycles and self-references)
     * @param relatedName the reverse accessor's name on the target
     */
    public ForeignKeyField(FieldSpec spec, String constant, Function<M, Ref<T>> refGetter,
            BiConsumer<M, Ref<T>> refSetter, Supplier<? extends ModelMeta<T>> target, OnDelete onDelete,
            String relatedName) {
        Self<M, T> self = new Self<>();
        super(spec, m -> idOf(refGetter.apply(m)),
                (m, v) -> refSetter.accept(m, v == null ? null : Ref.unloaded(v, self.field)));
        self.field = this;
        this.constant = Objects.requireNonNull(constant, "constant");
        this.refGetter = refGetter;
        this.refSetter = refSetter;
        this.target = Objects.requireNonNull(target, "target");
        this.onDelete = Objects.requireNonNull(onDelete, "onDelete");
        this.relatedName = Objects.requireNonNull(relatedName, "relatedName");
    }

    // The setter lambda is built before super(...) returns, when `this` cannot be captured yet.
    private static final class Self<M, T extends Entity> {
        ForeignKeyField<M, T> field;
    }

    private static Object idOf(Ref<?> ref) {
        return ref == null ? null : ref.id();
    }

    @Override
    public ModelMeta<T> target() {
        return target.get();
    }

    public OnDelete onDelete() {
        return onDelete;
    }

    /** The reverse accessor's name on the target ({@code books}). */
    public String relatedName() {
        return relatedName;
    }

    @Override
    public boolean toMany() {
        return false;
    }

    @Override
    public String constant() {
        return constant;
    }

    /** The instance's reference, or null when the relation is empty. */
    public Ref<T> ref(M instance) {
        return refGetter.apply(instance);
    }

    /** Generated row mappers: the reference for a read id (null for NULL), remembering this field for messages. */
    public Ref<T> unloaded(Object id) {
        return id == null ? null : Ref.unloaded(id, this);
    }

    /**
     * Query layer: stores the loaded related object on {@code instance} ({@code selectRelated}, batch loading).
     * A null {@code related} (LEFT JOIN found nothing) leaves a nullable relation empty.
     *
     * @throws IllegalArgumentException if the object's id is not the id the instance holds
     */
    public void load(M instance, T related) {
        Ref<T> current = refGetter.apply(instance);
        if (related == null) {
            if (current != null) {
                throw new IllegalArgumentException(this + " holds id " + current.id() + " but no object was loaded");
            }
            return;
        }
        Object id = target().pk().get(related);
        if (current != null && !current.id().equals(id)) {
            throw new IllegalArgumentException(this + " holds id " + current.id() + ", not the loaded " + id);
        }
        refSetter.accept(instance, (current == null ? Ref.<T>unloaded(id, this) : current).withObject(related));
    }

    /**
     * Points {@code instance} at a saved {@code related} object (loaded), or clears the relation when null.
     *
     * @throws dev.jango.db.model.UnsavedRelatedObject naming this field if {@code related} is not saved
     */
    public void assign(M instance, T related) {
        refSetter.accept(instance, related == null ? null
                : Ref.<T>unloaded(Ref.savedId(related, this), this).withObject(related));
    }

    /** {@code author_id = <the saved object's id>}. */
    public final Condition eq(T related) {
        return eq(Ref.savedId(Objects.requireNonNull(related, "related"), this));
    }

    /** {@code author_id IS NULL}. */
    public final Condition isNull() {
        return isNull(true);
    }

    @Override
    public Object read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return switch (kind()) {
            case INT -> reader.readIntOrNull(rs, column);
            case LONG -> reader.readLongOrNull(rs, column);
            case UUID -> reader.readUuid(rs, column);
            case CHAR -> reader.readString(rs, column);
            default -> throw new IllegalStateException(this + ": a foreign key cannot be of kind " + kind());
        };
    }
}
