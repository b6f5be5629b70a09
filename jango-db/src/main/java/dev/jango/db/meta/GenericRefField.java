package dev.jango.db.meta;

import dev.jango.db.expr.Condition;
import dev.jango.db.model.Entity;
import dev.jango.db.model.GenericRef;
import dev.jango.db.model.Ref;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A polymorphic reference ({@code COMMENT.target}): two columns, the type key ({@link #typeField()}) and the id
 * ({@link #idField()}), both plain {@link Field}s in {@link ModelMeta#fields()}. The keys come from the
 * application's {@link TypeKeys}; the query layer batch-loads targets per key and stores them with {@link #load}.
 *
 * <pre>{@code
 * comment.target = COMMENT.target.to(book);
 * Comment.objects.filter(COMMENT.target.eq(book));
 * COMMENT.target.typeColumn();   // "target_type"
 * }</pre>
 *
 * @param <M> the model declaring the reference
 */
public final class GenericRefField<M> {
    private final String name;
    private final String constant;
    private final Supplier<TypeKeys> keys;
    private final Function<M, GenericRef<?>> getter;
    private final BiConsumer<M, GenericRef<Entity>> setter;
    private final Part<M> typeField;
    private final Part<M> idField;
    /** Key to model, handed to every reference so a lenient read can load it. */
    private final Function<String, ModelMeta<?>> models = key -> keys().model(key);

    /** Called by generated metamodels; {@code keys} is read lazily (it usually names other metamodels). */
    public GenericRefField(String name, String constant, FieldSpec typeSpec, FieldSpec idSpec, Supplier<TypeKeys> keys,
            Function<M, GenericRef<?>> getter, BiConsumer<M, GenericRef<Entity>> setter) {
        this.name = Objects.requireNonNull(name, "name");
        this.constant = Objects.requireNonNull(constant, "constant");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.setter = Objects.requireNonNull(setter, "setter");
        this.typeField = new Part<>(this, typeSpec, m -> {
            GenericRef<?> r = getter.apply(m);
            return r == null ? null : r.key();
        }, (m, v) -> setter.accept(m, v == null ? null
                : GenericRef.unloaded((String) v, idOf(getter.apply(m)), constant, models)));
        this.idField = new Part<>(this, idSpec, m -> idOf(getter.apply(m)), (m, v) -> {
            GenericRef<?> r = getter.apply(m);
            if (r == null && v != null) {
                throw new IllegalStateException(constant + ": set the type key before the id");
            }
            setter.accept(m, r == null ? null : GenericRef.unloaded(r.key(), v, constant, models));
        });
    }

    /**
     * The polymorphic reference of {@code model} called {@code name}, found through its two column fields, so a
     * string such as {@code prefetchRelated("target")} means what the constant does.
     */
    public static Optional<GenericRefField<?>> named(ModelMeta<?> model, String name) {
        for (Field<?, ?> f : model.fields()) {
            if (f instanceof Part<?> part && part.owner.name.equals(name)) {
                return Optional.of(part.owner);
            }
        }
        return Optional.empty();
    }

    private static Object idOf(GenericRef<?> ref) {
        return ref == null ? null : ref.id();
    }

    public String name() {
        return name;
    }

    /** The generated constant ({@code COMMENT.target}). */
    public String constant() {
        return constant;
    }

    public TypeKeys keys() {
        return keys.get();
    }

    /** The type key column as a field ({@code targetType}). */
    public Field<M, Object> typeField() {
        return typeField;
    }

    /** The id column as a field ({@code targetId}). */
    public Field<M, Object> idField() {
        return idField;
    }

    public String typeColumn() {
        return typeField.column();
    }

    public String idColumn() {
        return idField.column();
    }

    /** The instance's reference, or null. */
    public GenericRef<?> ref(M instance) {
        return getter.apply(instance);
    }

    /**
     * A loaded reference to the saved {@code target}.
     *
     * @throws IllegalArgumentException if the target's model has no key in {@link #keys()}
     * @throws dev.jango.db.model.UnsavedRelatedObject if the target is not saved
     */
    public GenericRef<Entity> to(Entity target) {
        String key = keys().keyOf(target.getClass());
        return GenericRef.<Entity>unloaded(key, Ref.savedId(target, null), constant, models).withObject(target);
    }

    /** Points {@code instance} at {@code target} (or clears it when null). */
    public void assign(M instance, Entity target) {
        setter.accept(instance, target == null ? null : to(target));
    }

    /** Generated row mappers: the reference for the two read columns, null when the key is NULL. */
    public GenericRef<Entity> unloaded(String key, Object id) {
        return key == null ? null : GenericRef.unloaded(key, id, constant, models);
    }

    /** Query layer: stores the batch-loaded target of {@code instance}. */
    public void load(M instance, Entity target) {
        GenericRef<?> current = getter.apply(instance);
        if (current == null) {
            throw new IllegalArgumentException(constant + " is empty on this instance; nothing to load");
        }
        setter.accept(instance, GenericRef.<Entity>unloaded(current.key(), current.id(), constant, models).withObject(target));
    }

    /** Query layer: marks the reference of {@code instance} as pointing at a row that no longer exists. */
    public void loadMissing(M instance) {
        GenericRef<?> current = getter.apply(instance);
        if (current == null) {
            throw new IllegalArgumentException(constant + " is empty on this instance; nothing to load");
        }
        setter.accept(instance, GenericRef.<Entity>unloaded(current.key(), current.id(), constant, models).withMissing());
    }

    /** {@code target_type = key AND target_id = id} for a saved target. */
    public Condition eq(Entity target) {
        GenericRef<Entity> ref = to(target);
        return typeField.eq(ref.key()).and(idField.eq(ref.id()));
    }

    /** {@code target_type IS NULL}. */
    public Condition isNull() {
        return typeField.isNull(true);
    }

    @Override
    public String toString() {
        return constant;
    }

    /** One of the two columns; reads by its own kind. */
    static final class Part<M> extends Field<M, Object> {
        private final GenericRefField<M> owner;

        Part(GenericRefField<M> owner, FieldSpec spec, Function<M, Object> getter, BiConsumer<M, Object> setter) {
            super(spec, getter, setter);
            this.owner = owner;
        }

        @Override
        public Object read(ResultSet rs, int column, ValueReader reader) throws SQLException {
            return switch (kind()) {
                case CHAR -> reader.readString(rs, column);
                case INT -> reader.readIntOrNull(rs, column);
                case LONG -> reader.readLongOrNull(rs, column);
                case UUID -> reader.readUuid(rs, column);
                default -> throw new IllegalStateException(this + ": a polymorphic id cannot be of kind " + kind());
            };
        }
    }
}
