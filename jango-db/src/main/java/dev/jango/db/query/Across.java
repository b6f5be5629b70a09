package dev.jango.db.query;

import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.Subquery;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.InQuery;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ManyToManyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.RelationPath;
import dev.jango.db.meta.ReverseForeignKey;
import java.util.Arrays;
import java.util.List;

/**
 * Filters across relations (ADR 0100): a condition on a related model becomes {@code key IN (SELECT …)}, one
 * nested subquery per step, so the same tree works in SELECT, COUNT, UPDATE and DELETE and a to-many step never
 * duplicates rows (no DISTINCT needed, unlike a join).
 *
 * <pre>{@code
 * Book.objects.filter("author__name__icontains", "le");
 * // … WHERE "book"."author_id" IN (SELECT "author"."id" FROM "author" WHERE "author"."name" ILIKE ?)
 * Book.objects.filter(Across.where(BOOK.author.then(AUTHOR.publisher), PUBLISHER.name.eq("Ace")));
 * Author.objects.filter("books__title", "Dune");          // authors with at least one such book
 * }</pre>
 */
public final class Across {
    private Across() {
    }

    /** Rows whose related object(s) at the end of {@code path} match {@code condition} (typed paths). */
    public static <M, T> Condition where(RelationPath<M, T> path, Condition condition) {
        Condition c = Resolver.of(path.last().target()).condition(condition);
        List<Relation<?, ?>> steps = path.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            c = step(steps.get(i), c);
        }
        return c;
    }

    /** {@link #where(RelationPath, Condition)} for one relation: {@code Across.where(BOOK.author, cond)}. */
    public static <M, T> Condition where(Relation<M, T> relation, Condition condition) {
        return where(RelationPath.of(relation), condition);
    }

    /**
     * The string form: null when {@code path} does not start with a relation step (a plain field, or a foreign
     * key followed by a lookup such as {@code author__isnull}, which stays a column lookup).
     */
    static Condition parse(ModelMeta<?> model, String path, Object value) {
        String[] parts = path.split("__", -1);
        Relation<?, ?> relation = model.relation(parts[0]).orElse(null);
        if (relation == null) {
            return null;
        }
        if (relation instanceof ForeignKeyField<?, ?> && (parts.length == 1
                || relationOrField(relation.target(), parts[1]) == null)) {
            return null;
        }
        String rest = parts.length == 1 ? "pk" : String.join("__", Arrays.copyOfRange(parts, 1, parts.length));
        Condition inner = Paths.condition(relation.target(), rest, value);
        Condition across = step(relation, inner);
        // LEFT JOIN semantics for isnull=true through a nullable key: a missing related row counts as NULL.
        if (relation instanceof ForeignKeyField<?, ?> fk && fk.spec().nullable() && path.endsWith("__isnull")
                && Boolean.TRUE.equals(value)) {
            return Condition.any(List.of(new FieldRef(fk).isNull(true), across));
        }
        return across;
    }

    /**
     * ORDER BY a related field through to-one steps ({@code "author__name"}, {@code "-author__publisher__name"}):
     * a correlated scalar subquery per step, so ordering never changes the row count. Null when {@code spec} does
     * not start with a to-one relation followed by a field.
     */
    static OrderBy order(ModelMeta<?> model, String spec) {
        boolean descending = spec.startsWith("-");
        String path = descending ? spec.substring(1) : spec;
        String[] parts = path.split("__", -1);
        if (parts.length < 2 || !(model.relation(parts[0]).orElse(null) instanceof ForeignKeyField<?, ?> fk)
                || relationOrField(fk.target(), parts[1]) == null) {
            return null;
        }
        if (fk.target() == model) {
            throw new FieldError(model.name(), parts[0], model.name() + "." + parts[0]
                    + " refers to its own model: ordering across a self-reference is not supported ('" + spec + "')",
                    List.of());
        }
        String rest = String.join("__", Arrays.copyOfRange(parts, 1, parts.length));
        OrderBy inner = Paths.order(fk.target(), rest);
        Condition link = new FieldRef(fk.target().pk()).eq(new FieldRef(fk));
        QueryState<?> state = QueryState.of(fk.target(), List.of()).where(link);
        Expression value = new Subquery(new ValuesQuery.SelectSubQuery(state, List.of(inner.expression()),
                inner.expression().kind()), inner.expression().kind());
        return descending ? value.desc() : value.asc();
    }

    private static Object relationOrField(ModelMeta<?> model, String name) {
        if (name.equals("pk")) {
            return model.pk();
        }
        Object r = model.relation(name).orElse(null);
        return r != null ? r : model.field(name).orElse(null);
    }

    private static Condition step(Relation<?, ?> relation, Condition inner) {
        return switch (relation) {
            case ForeignKeyField<?, ?> fk -> new InQuery(new FieldRef(fk), select(fk.target(), fk.target().pk(), inner));
            case ReverseForeignKey<?, ?> rev -> new InQuery(new FieldRef(rev.model().pk()),
                    select(rev.target(), rev.field(), inner));
            case ManyToManyField<?, ?> m2m -> {
                ForeignKeyField<?, ?> to = m2m.targetField();
                Condition linked = new InQuery(new FieldRef(to), select(m2m.target(), m2m.target().pk(), inner));
                yield new InQuery(new FieldRef(m2m.model().pk()), select(m2m.through(), m2m.sourceField(), linked));
            }
        };
    }

    private static ValuesQuery.SelectSubQuery select(ModelMeta<?> model, Field<?, ?> column, Condition where) {
        QueryState<?> state = QueryState.of(model, List.of()).where(where);
        return new ValuesQuery.SelectSubQuery(state, List.of(new FieldRef(column)), column.kind());
    }

    @SuppressWarnings("unchecked")
    private static ModelMeta<dev.jango.db.model.Entity> entity(ModelMeta<?> m) {
        return (ModelMeta<dev.jango.db.model.Entity>) m;
    }
}
