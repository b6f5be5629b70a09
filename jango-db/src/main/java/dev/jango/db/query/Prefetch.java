package dev.jango.db.query;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.RelationPath;
import dev.jango.db.model.Entity;
import java.util.Objects;

/**
 * One {@code prefetchRelated} step with options: the QuerySet that loads the last relation of the path (filtered,
 * ordered, narrowed) and, optionally, a target attribute the results go to instead of the relation itself (read
 * them with {@code instance.prefetched(toAttr)}), so one relation can be prefetched twice in different shapes.
 *
 * <pre>{@code
 * Author.objects.all().prefetchRelated(
 *     Prefetch.of(AUTHOR.books, Book.objects.filter(BOOK.pages.gt(300)).orderBy("-published")).into("longBooks"));
 * author.prefetched("longBooks");                      // the author's long books, newest first
 * }</pre>
 */
public final class Prefetch {
    private final RelationPath<?, ?> path;
    private final String name;
    private final QuerySet<?> queryset;
    private final String toAttr;

    private Prefetch(RelationPath<?, ?> path, String name, QuerySet<?> queryset, String toAttr) {
        this.path = path;
        this.name = name;
        this.queryset = queryset;
        this.toAttr = toAttr;
    }

    /** Prefetches {@code path} with the related model's default QuerySet. */
    public static <M, T extends Entity> Prefetch of(RelationPath<M, T> path) {
        return new Prefetch(Objects.requireNonNull(path, "path"), path.path(), null, null);
    }

    /** Prefetches {@code relation} with the related model's default QuerySet. */
    public static <M, T extends Entity> Prefetch of(Relation<M, T> relation) {
        return of(RelationPath.of(relation));
    }

    /** Prefetches {@code path}, loading its last relation through {@code queryset}. */
    public static <M, T extends Entity> Prefetch of(RelationPath<M, T> path, QuerySet<T> queryset) {
        return new Prefetch(Objects.requireNonNull(path, "path"), path.path(),
                Objects.requireNonNull(queryset, "queryset"), null);
    }

    /** Prefetches {@code relation}, loading it through {@code queryset}. */
    public static <M, T extends Entity> Prefetch of(Relation<M, T> relation, QuerySet<T> queryset) {
        return of(RelationPath.of(relation), queryset);
    }

    /** Django-style: a string path ({@code "books__tags"}) resolved against the queried model, maybe a QuerySet. */
    public static Prefetch of(String path, QuerySet<?> queryset) {
        return new Prefetch(null, Objects.requireNonNull(path, "path"), queryset, null);
    }

    /** The same prefetch, its results stored under {@code attribute} instead of on the relation. */
    public Prefetch into(String attribute) {
        return new Prefetch(path, name, queryset, Objects.requireNonNull(attribute, "attribute"));
    }

    /** The path as written ({@code tags__category}). */
    public String path() {
        return name;
    }

    RelationPath<?, ?> relationPath() {
        return path;
    }

    QuerySet<?> queryset() {
        return queryset;
    }

    String toAttr() {
        return toAttr;
    }

    /**
     * This prefetch checked against the queried model: the path resolves, crosses a to-many relation, and the
     * QuerySet loads the path's last model. Raises {@link RelationError} before any SQL.
     */
    Prefetch resolve(ModelMeta<?> root) {
        RelationPath<?, ?> resolved = path != null ? path : Joins.path(root, name);
        Relation<?, ?> first = resolved.steps().getFirst();
        if (first.model() != root) {
            throw new RelationError(root.name(), name, "prefetchRelated(" + resolved + ") starts at "
                    + first.model().name() + ", not at the queried model " + root.name());
        }
        if (!resolved.toMany()) {
            Relation<?, ?> last = resolved.last();
            throw new RelationError(last.model().name(), last.name(), last.model().name() + "." + last.name()
                    + " is a to-one relation: prefetchRelated loads to-many relations (reverse foreign keys,"
                    + " many-to-many); use .selectRelated(" + resolved + ")");
        }
        ModelMeta<?> target = resolved.last().target();
        if (queryset != null && queryset.model() != target) {
            Relation<?, ?> last = resolved.last();
            throw new RelationError(last.model().name(), last.name(), "Prefetch(" + name + "): the QuerySet is of "
                    + queryset.model().name() + ", but " + last.model().name() + "." + last.name() + " loads "
                    + target.name());
        }
        return new Prefetch(resolved, name, queryset, toAttr);
    }

    @Override
    public String toString() {
        return "Prefetch[" + name + (queryset != null ? ", custom QuerySet" : "")
                + (toAttr != null ? ", into " + toAttr : "") + "]";
    }
}
