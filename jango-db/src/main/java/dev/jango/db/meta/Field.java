package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.InQuery;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.SubQuery;
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

    // ---- lookups and expressions (the query DSL; see dev.jango.db.expr) ----

    /** This field as an expression ({@code F.of(BOOK.pages)}). */
    public final Expression ref() {
        return new FieldRef(this);
    }

    /** {@code exact}: {@code = value}; {@code eq(null)} is {@code IS NULL}. Text compares case-sensitively. */
    public final Condition eq(T value) {
        return ref().eq(value);
    }

    /** {@code exact} against another expression ({@code BOOK.pages.eq(F.of(BOOK.chapters))}). */
    public final Condition eq(Expression value) {
        return ref().eq(value);
    }

    /** {@code NOT (= value)}. */
    public final Condition ne(T value) {
        return ref().ne(value);
    }

    /** {@code in}: {@code IN (?, ?, …)}; an empty collection matches nothing. */
    public final Condition in(Collection<? extends T> values) {
        return ref().in(values);
    }

    /** {@code in} over listed values. */
    @SafeVarargs
    public final Condition in(T... values) {
        return ref().in(Arrays.asList(values));
    }

    /** {@code in} over a sub-QuerySet ({@code IN (SELECT …)}). */
    public final Condition in(SubQuery.Source subquery) {
        return new InQuery(ref(), subquery.asSubQuery());
    }

    /** {@code isnull}: {@code IS NULL} when true, {@code IS NOT NULL} when false. */
    public final Condition isNull(boolean isNull) {
        return ref().isNull(isNull);
    }

    /** Ascending order. */
    public final OrderBy asc() {
        return ref().asc();
    }

    /** Descending order. */
    public final OrderBy desc() {
        return ref().desc();
    }

    /** {@code field = value} for {@code update(...)} and {@code create(...)}; checked against the field. */
    public final Assignment to(T value) {
        return Assignment.of(this, value);
    }

    /** {@code field = expression} for {@code update(...)} ({@code BOOK.pages.to(F.of(BOOK.pages).plus(1))}). */
    public final Assignment to(Expression value) {
        return new Assignment(this, value);
    }

    /** Reads this field's value from column {@code column} of the current row. */
    public abstract T read(ResultSet rs, int column, ValueReader reader) throws SQLException;

    @Override
    public String toString() {
        return (model == null ? "?" : model.name()) + "." + name();
    }
}
