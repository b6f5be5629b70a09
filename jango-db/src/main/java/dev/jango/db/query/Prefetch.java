package dev.jango.db.query;

import dev.jango.db.meta.GenericRefField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.RelationPath;
import dev.jango.db.model.Entity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code prefetchRelated} step with options: the QuerySet that loads the last relation of the path (filtered,
 * ordered, narrowed) and, optionally, a target attribute the results go to instead of the relation itself (read
 * them with {@code instance.prefetched(toAttr)}), so one relation can be prefetched twice in different shapes.
 *
 * <pre>{@code
 * Author.objects.all().prefetchRelated(
 *     Prefetch.of(AUTHOR.books, Book.objects.filter(BOOK.pages.gt(300)).orderBy("-published")).into("longBooks"));
 * author.prefetched("longBooks");                      // the author's long books, newest first
 * Comment.objects.all().prefetchRelated(Prefetch.of(COMMENT.target));   // polymorphic: one IN query per type key
 * }</pre>
 */
public final class Prefetch {
    private final RelationPath<?, ?> path;
    private final String name;
    private final QuerySet<?> queryset;
    private final String toAttr;
    /** A polymorphic reference to batch-load instead of a relation path, or null. */
    private final GenericRefField<?> generic;
    /** For a polymorphic prefetch: the QuerySet that loads each target model given one (the default otherwise). */
    private final Map<ModelMeta<?>, QuerySet<?>> perType;

    private Prefetch(RelationPath<?, ?> path, String name, QuerySet<?> queryset, String toAttr) {
        this(path, name, queryset, toAttr, null, Map.of());
    }

    private Prefetch(RelationPath<?, ?> path, String name, QuerySet<?> queryset, String toAttr,
                     GenericRefField<?> generic, Map<ModelMeta<?>, QuerySet<?>> perType) {
        this.path = path;
        this.name = name;
        this.queryset = queryset;
        this.toAttr = toAttr;
        this.generic = generic;
        this.perType = perType;
    }

    /**
     * Batch-loads the targets of a polymorphic reference: the rows are grouped by type key and each key's model is
     * read with one {@code pk IN (…)} query (chunked below the parameter limit), so 3 target types cost 3 queries
     * whatever the number of rows. An unknown key in the data raises {@link QueryException} naming it and the
     * declared keys, before any target is read.
     *
     * <pre>{@code
     * Comment.objects.all().prefetchRelated(COMMENT.target);   // shorthand for Prefetch.of(COMMENT.target)
     * // SELECT … FROM "comment";  SELECT … FROM "book" WHERE "id" IN (?, ?);  SELECT … FROM "author" WHERE …
     * }</pre>
     */
    public static <M> Prefetch of(GenericRefField<M> field) {
        Objects.requireNonNull(field, "field");
        return new Prefetch(null, field.name(), null, null, field, Map.of());
    }

    /**
     * Batch-loads a polymorphic reference, reading the target models named by {@code querysets} through them
     * (their filters, {@code selectRelated} and {@code prefetchRelated} apply) and the other declared models with
     * their default QuerySet. A target that a QuerySet filters out reads as a missing row.
     *
     * <pre>{@code
     * Comment.objects.all().prefetchRelated(
     *     Prefetch.of(COMMENT.target, Book.objects.all().selectRelated(BOOK.author), Tag.objects.filter(TAG.name.eq("new"))));
     * }</pre>
     *
     * @throws RelationError before any SQL if a QuerySet's model is not a declared target of {@code field}, or two
     *     QuerySets load the same model
     */
    public static <M> Prefetch of(GenericRefField<M> field, QuerySet<?>... querysets) {
        Objects.requireNonNull(field, "field");
        String owner = field.typeField().model().name();
        Map<ModelMeta<?>, QuerySet<?>> perType = new LinkedHashMap<>();
        for (QuerySet<?> qs : querysets) {
            ModelMeta<?> model = Objects.requireNonNull(qs, "queryset").model();
            if (!field.keys().keys().stream().map(field.keys()::model).toList().contains(model)) {
                throw new RelationError(owner, field.name(), "Prefetch(" + field + ", …): a QuerySet of "
                        + model.name() + ", which is not a target of " + field + " (declared: " + field.keys() + ")");
            }
            if (perType.put(model, qs) != null) {
                throw new RelationError(owner, field.name(), "Prefetch(" + field + ", …): two QuerySets of "
                        + model.name() + "; give one per target model");
            }
        }
        return new Prefetch(null, field.name(), null, null, field, Map.copyOf(perType));
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

    /** One argument of {@code prefetchRelated(Object...)} as a Prefetch. */
    static Prefetch from(ModelMeta<?> root, Object pathOrPrefetch) {
        return switch (pathOrPrefetch) {
            case Prefetch p -> p;
            case String s -> of(s, null);
            case RelationPath<?, ?> p -> of(p.path(), null);
            case Relation<?, ?> r -> of(r.name(), null);
            case GenericRefField<?> g -> of(g);
            case null, default -> throw new IllegalArgumentException(root.name() + ": prefetchRelated takes relation"
                    + " paths, names, polymorphic fields or Prefetch objects, not " + pathOrPrefetch);
        };
    }

    /** The same prefetch, its results stored under {@code attribute} instead of on the relation. */
    public Prefetch into(String attribute) {
        if (generic != null) {
            throw new RelationError(generic.typeField().model().name(), generic.name(), "Prefetch(" + generic
                    + ").into(\"" + attribute + "\"): a polymorphic prefetch fills the GenericRef itself and has no"
                    + " list to store elsewhere");
        }
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

    GenericRefField<?> generic() {
        return generic;
    }

    /** The QuerySet that loads {@code model} as a polymorphic target, or null for its default one. */
    QuerySet<?> queryset(ModelMeta<?> model) {
        return perType.get(model);
    }

    /** How the prefetch is written in code ({@code BOOK.tags}, {@code COMMENT.target}), for messages. */
    String describe() {
        if (generic != null) {
            return generic.constant();
        }
        return path != null ? path.toString() : "\"" + name + "\"";
    }

    /**
     * This prefetch checked against the queried model: the path resolves, crosses a to-many relation, and the
     * QuerySet loads the path's last model. Raises {@link RelationError} before any SQL.
     */
    Prefetch resolve(ModelMeta<?> root) {
        if (generic != null) {
            ModelMeta<?> owner = generic.typeField().model();
            if (owner != root) {
                throw new RelationError(root.name(), generic.name(), "prefetchRelated(" + generic + ") is a field of "
                        + owner.name() + ", not of the queried model " + root.name());
            }
            return this;
        }
        if (path == null) {
            Optional<GenericRefField<?>> named = GenericRefField.named(root, name);
            if (named.isPresent()) {
                return polymorphicByName(root, named.get());
            }
        }
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

    /** {@code prefetchRelated("target")}: the string form of {@link #of(GenericRefField)}, which takes no QuerySet. */
    private Prefetch polymorphicByName(ModelMeta<?> root, GenericRefField<?> field) {
        if (queryset != null || toAttr != null) {
            throw new RelationError(root.name(), name, "Prefetch(\"" + name + "\"): " + field + " is a polymorphic"
                    + " reference; it loads each type's default QuerySet into the GenericRef itself, so it takes no"
                    + " QuerySet and no into(...)");
        }
        return new Prefetch(null, name, null, null, field, Map.of());
    }

    @Override
    public String toString() {
        return "Prefetch[" + (generic != null ? generic.constant() : name)
                + (queryset != null || !perType.isEmpty() ? ", custom QuerySet" : "")
                + (toAttr != null ? ", into " + toAttr : "") + "]";
    }
}
