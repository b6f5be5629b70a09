package dev.jango.db.expr;

/**
 * A nested SELECT of one column, as produced by a QuerySet ({@code AUTHOR.objects.filter(…).values(AUTHOR.id)}),
 * usable on the right of {@code in}.
 */
public interface SubQuery {
    /** Renders the SELECT without surrounding parentheses. */
    void render(SqlWriter w);

    /** Appends the shape of the SELECT. */
    void shape(StringBuilder key);

    /** True when the SELECT has LIMIT/OFFSET (MariaDB needs such a subquery wrapped in a derived table). */
    boolean sliced();

    /** The kind of the selected column. */
    dev.jango.db.meta.FieldKind kind();

    /** This SELECT with every {@link OuterRef} replaced by a field of {@code outer}. */
    SubQuery resolveOuter(dev.jango.db.meta.ModelMeta<?> outer);

    /** Anything that can serve as a subquery: a QuerySet (its primary keys) or a one-field values query. */
    interface Source {
        SubQuery asSubQuery();
    }
}
