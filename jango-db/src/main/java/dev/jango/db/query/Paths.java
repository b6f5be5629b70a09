package dev.jango.db.query;

import dev.jango.db.expr.Condition;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.In;
import dev.jango.db.expr.InQuery;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.SubQuery;
import dev.jango.db.meta.ComparableField;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.StringField;
import dev.jango.db.meta.TemporalField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Django-style string paths, resolved against the metamodel before any SQL exists. Grammar (ADR 0021):
 * <pre>
 *   path      = field { "__" transform } [ "__" lookup ]
 *   field     = a model field name | "pk"
 *   transform = year | quarter | month | week | day | week_day | hour | minute | second   (temporal fields)
 *   lookup    = exact | iexact | contains | icontains | startswith | istartswith | endswith | iendswith
 *             | in | gt | gte | lt | lte | range | isnull | regex | iregex
 *   order     = [ "-" ] field { "__" transform }
 * </pre>
 * A name that is neither raises {@link FieldError} listing the valid choices at that position.
 */
final class Paths {
    private static final List<String> TEXT_LOOKUPS = List.of("iexact", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "regex", "iregex");
    private static final List<String> RANGE_LOOKUPS = List.of("gt", "gte", "lt", "lte", "range");
    private static final List<String> BASE_LOOKUPS = List.of("exact", "in", "isnull");
    private static final Set<DatePart.Part> TIME_PARTS = Set.of(DatePart.Part.HOUR, DatePart.Part.MINUTE,
            DatePart.Part.SECOND);

    private Paths() {
    }

    /** The condition {@code path = value}, e.g. {@code ("title__icontains", "dune")}. */
    static Condition condition(ModelMeta<?> model, String path, Object value) {
        Condition across = Across.parse(model, path, value);
        if (across != null) {
            return across;
        }
        String[] parts = path.split("__", -1);
        Field<?, ?> field = field(model, parts[0], path);
        Expression lhs = new FieldRef(field);
        int i = 1;
        for (; i < parts.length; i++) {
            DatePart.Part part = transform(parts[i]);
            if (part == null) {
                break;
            }
            lhs = applyTransform(model, field, lhs, part, path);
        }
        if (i < parts.length - 1) {
            throw new FieldError(model.name(), parts[i], model.name() + "." + field.name() + ": '" + parts[i]
                    + "' in '" + path + "' is not a transform", transformsFor(lhs, field));
        }
        String lookup = i == parts.length ? "exact" : parts[i];
        return lookup(model, field, lhs, lookup, value, path);
    }

    /** An ORDER BY item from {@code "-published"} or {@code "published__year"}; {@code "?"} is not supported. */
    static OrderBy order(ModelMeta<?> model, String spec) {
        OrderBy across = Across.order(model, spec);
        if (across != null) {
            return across;
        }
        boolean descending = spec.startsWith("-");
        String path = descending ? spec.substring(1) : spec;
        String[] parts = path.split("__", -1);
        Field<?, ?> field = field(model, parts[0], spec);
        Expression e = new FieldRef(field);
        for (int i = 1; i < parts.length; i++) {
            DatePart.Part part = transform(parts[i]);
            if (part == null) {
                throw new FieldError(model.name(), parts[i], model.name() + "." + field.name() + ": cannot order by '"
                        + parts[i] + "' in '" + spec + "'", transformsFor(e, field));
            }
            e = applyTransform(model, field, e, part, spec);
        }
        return descending ? e.desc() : e.asc();
    }

    /** The field named {@code name} ({@code pk} is the primary key). */
    static Field<?, ?> field(ModelMeta<?> model, String name, String path) {
        if (name.equals("pk")) {
            return model.pk();
        }
        return model.field(name).orElseThrow(() -> new FieldError(model.name(), name,
                model.name() + " has no field '" + name + "'" + (name.equals(path) ? "" : " in '" + path + "'"),
                fieldNames(model)));
    }

    static List<String> fieldNames(ModelMeta<?> model) {
        List<String> names = new ArrayList<>();
        for (Field<?, ?> f : model.fields()) {
            names.add(f.name());
        }
        names.add("pk");
        return names;
    }

    /** Replaces every {@code F("name")} in {@code e} by the model's field, binding bare values with its kind. */
    static Expression resolve(ModelMeta<?> model, Expression e) {
        return Resolver.of(model).expression(e);
    }

    /** {@link #resolve(ModelMeta, Expression)} over every expression of a where-tree. */
    static Condition resolve(ModelMeta<?> model, Condition c) {
        return Resolver.of(model).condition(c);
    }

    private static DatePart.Part transform(String name) {
        for (DatePart.Part p : DatePart.Part.values()) {
            if (p.lookupName().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static Expression applyTransform(ModelMeta<?> model, Field<?, ?> field, Expression lhs,
                                             DatePart.Part part, String path) {
        boolean ok = lhs instanceof FieldRef && field instanceof TemporalField<?, ?>
                && (field.kind() == FieldKind.DATETIME
                        || (field.kind() == FieldKind.DATE) != TIME_PARTS.contains(part));
        if (!ok) {
            throw new FieldError(model.name(), part.lookupName(), model.name() + "." + field.name() + " ("
                    + field.kind() + "): unsupported transform '" + part.lookupName() + "' in '" + path + "'",
                    transformsFor(lhs, field));
        }
        return new DatePart(part, lhs);
    }

    private static List<String> transformsFor(Expression lhs, Field<?, ?> field) {
        List<String> names = new ArrayList<>();
        if (lhs instanceof FieldRef && field instanceof TemporalField<?, ?>) {
            for (DatePart.Part p : DatePart.Part.values()) {
                boolean time = TIME_PARTS.contains(p);
                if (field.kind() == FieldKind.DATETIME || (field.kind() == FieldKind.DATE) != time) {
                    names.add(p.lookupName());
                }
            }
        }
        names.addAll(lookupsFor(lhs, field));
        return names;
    }

    private static List<String> lookupsFor(Expression lhs, Field<?, ?> field) {
        List<String> names = new ArrayList<>(BASE_LOOKUPS);
        if (lhs instanceof DatePart || field instanceof ComparableField<?, ?>) {
            names.addAll(RANGE_LOOKUPS);
        }
        if (lhs instanceof FieldRef && field instanceof StringField<?>) {
            names.addAll(TEXT_LOOKUPS);
        }
        return names;
    }

    private static Condition lookup(ModelMeta<?> model, Field<?, ?> field, Expression lhs, String lookup,
                                    Object value, String path) {
        if (!lookupsFor(lhs, field).contains(lookup)) {
            throw new FieldError(model.name(), lookup, model.name() + "." + field.name() + " (" + field.kind()
                    + "): unsupported lookup '" + lookup + "' in '" + path + "'", transformsFor(lhs, field));
        }
        if (value instanceof Expression e) {
            value = resolve(model, e);
        }
        return switch (lookup) {
            case "exact" -> lhs.eq(value);
            case "gt" -> lhs.gt(value);
            case "gte" -> lhs.gte(value);
            case "lt" -> lhs.lt(value);
            case "lte" -> lhs.lte(value);
            case "isnull" -> lhs.isNull(bool(field, value));
            case "in" -> value instanceof SubQuery.Source s
                    ? new InQuery(lhs, s.asSubQuery()) : lhs.in(collection(field, value));
            case "range" -> {
                List<?> bounds = new ArrayList<>(collection(field, value));
                if (bounds.size() != 2) {
                    throw new InvalidValueError(field.toString(), value, "is not a pair (low, high) for range");
                }
                yield lhs.range(bounds.get(0), bounds.get(1));
            }
            default -> text((StringField<?>) field, lookup, value);
        };
    }

    private static Condition text(StringField<?> field, String lookup, Object value) {
        if (!(value instanceof String s)) {
            throw new InvalidValueError(field.toString(), value, "is not text, as '" + lookup + "' needs");
        }
        return switch (lookup) {
            case "iexact" -> field.iexact(s);
            case "contains" -> field.contains(s);
            case "icontains" -> field.icontains(s);
            case "startswith" -> field.startsWith(s);
            case "istartswith" -> field.istartsWith(s);
            case "endswith" -> field.endsWith(s);
            case "iendswith" -> field.iendsWith(s);
            case "regex" -> field.regex(s);
            case "iregex" -> field.iregex(s);
            default -> throw new AssertionError(lookup);
        };
    }

    private static boolean bool(Field<?, ?> field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidValueError(field.toString(), value, "is not a boolean, as 'isnull' needs");
    }

    private static Collection<?> collection(Field<?, ?> field, Object value) {
        return switch (value) {
            case Collection<?> c -> c;
            case Object[] array -> Arrays.asList(array);
            case null, default -> throw new InvalidValueError(field.toString(), value,
                    "is not a collection, as 'in' and 'range' need");
        };
    }

    /**
     * The columns an {@code only(names)} ({@code only = true}) or {@code defer(names)} ({@code only = false})
     * keeps; the primary key is always kept.
     */
    static <M> List<Field<M, ?>> selection(QueryState<M> state, String[] names, boolean only) {
        List<Field<?, ?>> named = new ArrayList<>();
        for (String n : names) {
            named.add(field(state.model(), n, n));
        }
        List<Field<M, ?>> keep = new ArrayList<>();
        for (Field<M, ?> f : only ? state.model().fields() : state.columns()) {
            if (f == state.model().pk() || named.contains(f) == only) {
                keep.add(f);
            }
        }
        return keep;
    }
}
