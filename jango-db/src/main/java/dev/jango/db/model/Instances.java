package dev.jango.db.model;

import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Compare;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.Junction;
import dev.jango.db.expr.Value;
import dev.jango.db.meta.EnumField;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.query.QueryException;
import dev.jango.db.query.QuerySet;

/** Setting field values on instances from assignments and from the exact lookups of a filter. */
final class Instances {
    private Instances() {
    }

    /** Sets the field of {@code a} to its value; only plain values can be assigned to an instance. */
    static <M> void assign(ModelMeta<M> model, M instance, Assignment a) {
        if (a.field().model() != model) {
            throw new QueryException("cannot set " + a.field() + " on a " + model.name());
        }
        if (!(a.value() instanceof Value v)) {
            throw new QueryException(a.field() + ": create() takes values, not expressions (" + a.value() + ")");
        }
        set(a.field(), instance, v.value());
    }

    /** Copies {@code field = value} parts of the filter (top-level AND only) onto a new instance. */
    static <M extends Entity> void applyExact(ModelMeta<M> model, M instance, QuerySet<M> filtered) {
        visit(model, instance, filtered.condition());
    }

    private static <M> void visit(ModelMeta<M> model, M instance, Condition c) {
        if (c instanceof Junction j && j.conjunction()) {
            j.parts().forEach(p -> visit(model, instance, p));
        } else if (c instanceof Compare cmp && cmp.op() == Compare.Op.EQ && cmp.left() instanceof FieldRef ref
                && cmp.right() instanceof Value v && ref.field().model() == model) {
            set(ref.field(), instance, v.value());
        }
    }

    @SuppressWarnings("unchecked")
    private static <M, T> void set(Field<?, T> field, M instance, Object checkedValue) {
        Object value = checkedValue;
        if (field instanceof EnumField<?, ?> ef && value instanceof String key) {
            value = ef.fromKey(key);
        }
        ((Field<M, T>) field).set(instance, (T) value);
    }
}
