package dev.jango.db.dialect;

import dev.jango.db.expr.Aggregate;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.Func;
import dev.jango.db.expr.SqlWriter;

/** Render steps shared by the dialects' expression hooks. */
final class Rendering {
    private Rendering() {
    }

    /** {@code FN([DISTINCT] x) [FILTER (WHERE c)]}, the standard form PostgreSQL and SQLite share. */
    static void aggregateWithFilterClause(SqlWriter w, Aggregate a) {
        w.sql(a.function().name()).sql(a.distinctOnly() ? "(DISTINCT " : "(");
        if (a.source() == null) {
            w.sql("*");
        } else {
            a.source().render(w);
        }
        w.sql(")");
        if (a.filter() != null) {
            w.sql(" FILTER (WHERE ");
            a.filter().render(w);
            w.sql(")");
        }
    }

    /** {@code FN([DISTINCT] CASE WHEN c THEN x END)}: rows outside the filter become NULL and are not aggregated. */
    static void aggregateWithCase(SqlWriter w, Aggregate a) {
        if (a.filter() == null) {
            aggregateWithFilterClause(w, a);
            return;
        }
        w.sql(a.function().name()).sql(a.distinctOnly() ? "(DISTINCT CASE WHEN " : "(CASE WHEN ");
        a.filter().render(w);
        w.sql(" THEN ");
        if (a.source() == null) {
            w.sql("1");
        } else {
            a.source().render(w);
        }
        w.sql(" END)");
    }

    /** {@code NAME(a, b, …)}. */
    static void call(SqlWriter w, String name, Func f) {
        w.sql(name).sql("(");
        for (int i = 0; i < f.args().size(); i++) {
            w.sql(i == 0 ? "" : ", ");
            f.args().get(i).render(w);
        }
        w.sql(")");
    }

    /** {@code COALESCE(x, '')}: Concat's NULL-as-empty rule. */
    static void orEmpty(SqlWriter w, Expression e) {
        w.sql("COALESCE(");
        e.render(w);
        w.sql(", '')");
    }

    /** {@code COALESCE(a, '') || COALESCE(b, '') …} (PostgreSQL and SQLite). */
    static void concatWithPipes(SqlWriter w, Func f) {
        w.sql("(");
        for (int i = 0; i < f.args().size(); i++) {
            w.sql(i == 0 ? "" : " || ");
            orEmpty(w, f.args().get(i));
        }
        w.sql(")");
    }
}
