package dev.jango.db.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code NOT (condition)}, with Django's NULL rule: a lookup on a nullable column is negated as
 * {@code NOT (x < ? AND x IS NOT NULL)}, so {@code exclude(price < 6)} keeps the rows whose price is NULL
 * (plain SQL three-valued logic would drop them).
 *
 * @param condition the negated condition
 */
public record Not(Condition condition) implements Condition {
    /** The negation of {@code c}, guarding lookups on nullable columns. */
    static Condition of(Condition c) {
        return switch (c) {
            case Not n -> n.condition();
            case Constant k -> k == Constant.TRUE ? Constant.FALSE : Constant.TRUE;
            default -> new Not(guarded(c));
        };
    }

    private static Condition guarded(Condition c) {
        Expression tested = switch (c) {
            case Compare cmp -> cmp.left();
            case TextMatch m -> m.expression();
            case In in -> in.expression();
            case InQuery iq -> iq.expression();
            case Range r -> r.expression();
            case Regex r -> r.expression();
            default -> null;
        };
        if (c instanceof Junction j) {
            List<Condition> parts = new ArrayList<>();
            j.parts().forEach(p -> parts.add(guarded(p)));
            return new Junction(j.conjunction(), parts);
        }
        FieldRef column = nullableColumn(tested);
        return column == null ? c : Junction.of(true, List.of(c, new IsNull(column, false)));
    }

    private static FieldRef nullableColumn(Expression e) {
        return switch (e) {
            case FieldRef ref when ref.field().spec().nullable() -> ref;
            case DatePart part -> nullableColumn(part.source());
            case null, default -> null;
        };
    }

    @Override
    public void render(SqlWriter w) {
        w.sql("NOT (");
        condition.render(w);
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("NOT(");
        condition.shape(key);
        key.append(')');
    }
}
