package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A typed descriptor of one model field: its declaration ({@link #spec()}), how to get and set it on an
 * instance, and how to read it from a row. The generated metamodel holds one per field ({@code BOOK.title}); the
 * typed subclasses add the lookups that make sense for the type ({@code BOOK.title.startsWith("A")}).
 *
 * @param <M> the model
 * @param <T> the field's (boxed) Java type
 */
public abstract class Field<M, T> {
    private final FieldSpec spec;
    private final Function<M, T> getter;
    private final BiConsumer<M, T> setter;
    private ModelMeta<M> model;

    protected Field(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.setter = Objects.requireNonNull(setter, "setter");
    }

    public final FieldSpec spec() {
        return spec;
    }

    public final String name() {
        return spec.name();
    }

    public final String column() {
        return spec.column();
    }

    public final FieldKind kind() {
        return spec.kind();
    }

    /** The model this field belongs to. */
    public final ModelMeta<M> model() {
        return model;
    }

    final void attach(ModelMeta<M> owner) {
        if (model != null && model != owner) {
            throw new IllegalStateException("field " + name() + " already belongs to " + model.name());
        }
        model = owner;
    }

    public final T get(M instance) {
        return getter.apply(instance);
    }

    public final void set(M instance, T value) {
        setter.accept(instance, value);
    }

    /** Reads this field's value from column {@code column} of the current row. */
    public abstract T read(ResultSet rs, int column, ValueReader reader) throws SQLException;

    @Override
    public String toString() {
        return (model == null ? "?" : model.name()) + "." + name();
    }
}
