package dev.jango.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Validates the model-level declarations of {@code @Model} (ordering, indexes, unique and check constraints)
 * against the model's fields and derives the names left empty.
 */
final class ModelRules {
    /** Lookups a check condition may use: the comparisons every backend can enforce in a CHECK. */
    static final Set<String> CHECK_LOOKUPS = Set.of("exact", "iexact", "gt", "gte", "lt", "lte", "in", "range",
            "isnull", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith");

    private final Annotations ann;
    private final Problems problems;
    private final TypeElement type;
    private final String model;
    private final String table;
    private final Set<String> fields;
    private final Set<String> names = new HashSet<>();

    ModelRules(Annotations ann, Problems problems, TypeElement type, String model, String table, Set<String> fields) {
        this.ann = ann;
        this.problems = problems;
        this.type = type;
        this.model = model;
        this.table = table;
        this.fields = fields;
    }

    List<String> ordering(List<String> ordering) {
        for (String entry : ordering) {
            known(entry.startsWith("-") ? entry.substring(1) : entry, "ordering \"" + entry + "\"");
        }
        return ordering;
    }

    List<ModelInfo.Named> indexes(List<AnnotationMirror> mirrors) {
        return named(mirrors, "index", "idx");
    }

    List<ModelInfo.Named> uniques(List<AnnotationMirror> mirrors) {
        return named(mirrors, "unique constraint", "uniq");
    }

    List<ModelInfo.Named> checks(List<AnnotationMirror> mirrors) {
        List<ModelInfo.Named> out = new ArrayList<>();
        for (AnnotationMirror m : mirrors) {
            String name = ann.string(m, "name");
            String condition = ann.string(m, "condition");
            if (name.isBlank()) {
                problems.model(type, model, "check constraint \"" + condition + "\" needs a name");
            }
            unique(name);
            condition(name, condition);
            out.add(new ModelInfo.Named(name, List.of(condition)));
        }
        return out;
    }

    private List<ModelInfo.Named> named(List<AnnotationMirror> mirrors, String what, String suffix) {
        List<ModelInfo.Named> out = new ArrayList<>();
        for (AnnotationMirror m : mirrors) {
            List<String> list = ann.strings(m, "fields");
            String name = ann.string(m, "name");
            if (list.isEmpty()) {
                problems.model(type, model, what + (name.isEmpty() ? "" : " " + name) + " names no fields");
            }
            List<String> plain = new ArrayList<>();
            for (String f : list) {
                String field = f.startsWith("-") && suffix.equals("idx") ? f.substring(1) : f;
                known(field, what + (name.isEmpty() ? "" : " " + name) + " field \"" + f + "\"");
                plain.add(field);
            }
            if (name.isEmpty()) {
                name = Names.identifier(table + "_" + String.join("_", plain) + "_" + suffix);
            }
            unique(name);
            out.add(new ModelInfo.Named(name, list));
        }
        return out;
    }

    private void unique(String name) {
        if (!name.isEmpty() && !names.add(name)) {
            problems.model(type, model, "two indexes or constraints are named " + name);
        }
    }

    /** Parses {@code field__lookup=value [& field=value …]}. */
    private void condition(String name, String condition) {
        String[] terms = condition.split("&", -1);
        for (String raw : terms) {
            String term = raw.strip();
            int eq = term.indexOf('=');
            if (eq <= 0) {
                problems.model(type, model, "check " + name + ": \"" + term
                        + "\" is not field__lookup=value (conditions are written like \"price__gte=0 & stock__gte=0\")");
                continue;
            }
            String path = term.substring(0, eq).strip();
            String value = term.substring(eq + 1).strip();
            int sep = path.indexOf("__");
            String field = sep < 0 ? path : path.substring(0, sep);
            String lookup = sep < 0 ? "exact" : path.substring(sep + 2);
            known(field, "check " + name + " field \"" + field + "\"");
            if (!CHECK_LOOKUPS.contains(lookup)) {
                problems.model(type, model, "check " + name + ": unknown lookup \"" + lookup + "\" on " + field
                        + " (expected one of " + new java.util.TreeSet<>(CHECK_LOOKUPS) + ")");
            }
            if (lookup.equals("isnull") && !value.equals("true") && !value.equals("false")) {
                problems.model(type, model, "check " + name + ": " + field + "__isnull takes true or false, not \""
                        + value + "\"");
            }
        }
    }

    private void known(String field, String where) {
        if (!fields.contains(field)) {
            problems.field(type, model, field, where + " names an unknown field (fields: "
                    + new java.util.TreeSet<>(fields) + ")");
        }
    }
}
