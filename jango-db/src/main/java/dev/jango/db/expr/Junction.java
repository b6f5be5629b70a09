package dev.jango.db.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a AND b AND …} or {@code a OR b OR …}; nested junctions of the same kind are flattened.
 *
 * @param conjunction true for AND, false for OR
 * @param parts       at least two conditions
 */
public record Junction(boolean conjunction, List<Condition> parts) implements Condition {
    public Junction {
        parts = List.copyOf(parts);
    }

    static Condition of(boolean conjunction, List<Condition> parts) {
        List<Condition> flat = new ArrayList<>();
        for (Condition c : parts) {
            if (c instanceof Junction j && j.conjunction == conjunction) {
                flat.addAll(j.parts);
            } else if (c != (conjunction ? Constant.TRUE : Constant.FALSE)) {
                flat.add(c);
            }
        }
        if (flat.isEmpty()) {
            return conjunction ? Constant.TRUE : Constant.FALSE;
        }
        return flat.size() == 1 ? flat.getFirst() : new Junction(conjunction, flat);
    }

    @Override
    public void render(SqlWriter w) {
        String glue = conjunction ? " AND " : " OR ";
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.sql(glue);
            }
            Condition part = parts.get(i);
            boolean wrap = part instanceof Junction;
            w.sql(wrap ? "(" : "");
            part.render(w);
            w.sql(wrap ? ")" : "");
        }
    }

    @Override
    public void shape(StringBuilder key) {
        key.append(conjunction ? "AND[" : "OR[");
        for (Condition part : parts) {
            part.shape(key);
            key.append(',');
        }
        key.append(']');
    }
}
