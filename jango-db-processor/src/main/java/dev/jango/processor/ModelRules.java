package dev.jango.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Validates the model-level declarations of {@code @Model} (ordering, indexes, unique and check constraints)
 * against the model's fields and derives the names left empty.
 */
final class ModelRules {
    /** Lookups a check condition may use: those the schema editor renders on every backend. */
    static final Set<String> CHECK_LOOKUPS = Set.of("exact", "gt", "gte", "lt", "lte", "in", "isnull");

    private final Annotations ann;
    private final Problems problems;
    private final TypeElement type;
    private final String model;
    private final String table;
    private final Set<String> fields;
    private final Map<String, FieldInfo> valid;
    private final Set<String> names = new HashSet<>();

    /**
     * @param fields every declared field name (valid or not, so a malformed field is not reported twice)
     * @param valid  the fields that passed analysis, by name, for checking condition values against their type
     */
    ModelRules(Annotations ann, Problems problems, TypeElement type, String model, String table, Set<String> fields,
               Map<String, FieldInfo> valid) {
        this.ann = ann;
        this.problems = problems;
        this.type = type;
        this.model = model;
        this.table = table;
        this.fields = fields;
        this.valid = valid;
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

    /**
     * Parses {@code field__lookup=value [& field=value …]} the way the schema editor renders it: terms split on
     * {@code &} and {@code in} lists on {@code ,}, both outside single quotes; each value must be a literal of the
     * field's type.
     */
    private void condition(String name, String condition) {
        for (String raw : split(condition, '&')) {
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
            } else if (lookup.equals("isnull")) {
                if (!value.equals("true") && !value.equals("false")) {
                    problems.model(type, model, "check " + name + ": " + field + "__isnull takes true or false, not \""
                            + value + "\"");
                }
            } else if (valid.containsKey(field)) {
                String list = lookup.equals("in") && value.startsWith("(") && value.endsWith(")")
                        ? value.substring(1, value.length() - 1) : value;
                for (String item : lookup.equals("in") ? split(list, ',') : List.of(value)) {
                    literal(name, valid.get(field), item.strip());
                }
            }
        }
    }

    private void literal(String check, FieldInfo f, String raw) {
        String text = raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")
                ? raw.substring(1, raw.length() - 1).replace("''", "'") : raw;
        if (f.isEnum() || f.kind().equals("BINARY")) {
            return; // enum keys are only known at run time; binary values are not written in conditions
        }
        try {
            // Only the type matters here, not the column's width: a bound may lie outside the declared size.
            DefaultValues.expression(f.kind(), text, Integer.MAX_VALUE, 1000, 500, f.javaType(), f.constants());
        } catch (DefaultValues.Invalid e) {
            problems.field(type, model, f.name(), "check " + check + " value \"" + raw + "\": " + e.getMessage());
        }
    }

    /** Splits on {@code separator} outside single quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private void known(String field, String where) {
        if (!fields.contains(field)) {
            problems.field(type, model, field, where + " names an unknown field (fields: "
                    + new java.util.TreeSet<>(fields) + ")");
        }
    }
}
