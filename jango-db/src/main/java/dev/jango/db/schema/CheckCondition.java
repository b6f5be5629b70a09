package dev.jango.db.schema;

import dev.jango.db.meta.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a check condition written as lookups ({@code "price__gte=0 & status__in=DRAFT,LIVE"}) as SQL for one
 * vendor. Terms are joined by {@code &}; each is {@code field__lookup=value} with lookups exact (the default),
 * gt, gte, lt, lte, in (comma-separated values, optionally in parentheses) and isnull (true/false). Values are
 * literals of the field's type; a string may be single-quoted to hold {@code &}, {@code ,} or spaces.
 *
 * <pre>{@code
 * CheckCondition.render(Flavor.POSTGRESQL, table, "price__gte=0")   // ("price" >= 0)
 * }</pre>
 */
final class CheckCondition {
    private CheckCondition() {
    }

    static String render(Flavor flavor, Table table, String constraint, String condition) {
        List<String> terms = split(condition, '&');
        if (terms.isEmpty() || terms.stream().anyMatch(String::isBlank)) {
            throw error(table, constraint, condition, "empty term");
        }
        List<String> sql = new ArrayList<>();
        for (String term : terms) {
            sql.add(term(flavor, table, constraint, condition, term.trim()));
        }
        return "(" + String.join(" AND ", sql) + ")";
    }

    private static String term(Flavor flavor, Table table, String constraint, String condition, String term) {
        int eq = term.indexOf('=');
        if (eq <= 0) {
            throw error(table, constraint, condition, "term '" + term + "' is not field__lookup=value");
        }
        String path = term.substring(0, eq).trim();
        String value = term.substring(eq + 1).trim();
        String fieldName = path;
        String lookup = "exact";
        int sep = path.indexOf("__");
        if (sep >= 0) {
            fieldName = path.substring(0, sep);
            lookup = path.substring(sep + 2);
        }
        String name = fieldName;
        FieldSpec field = table.fields().stream()
                .filter(f -> f.name().equals(name) || f.column().equals(name)).findFirst()
                .orElseThrow(() -> error(table, constraint, condition, "unknown field '" + name + "'"));
        String column = flavor.quote(field.column());
        return switch (lookup) {
            case "exact" -> column + " = " + literal(flavor, table, field, value);
            case "gt" -> column + " > " + literal(flavor, table, field, value);
            case "gte" -> column + " >= " + literal(flavor, table, field, value);
            case "lt" -> column + " < " + literal(flavor, table, field, value);
            case "lte" -> column + " <= " + literal(flavor, table, field, value);
            case "in" -> column + " IN (" + inList(flavor, table, field, value) + ")";
            case "isnull" -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> column + " IS NULL";
                case "false" -> column + " IS NOT NULL";
                default -> throw error(table, constraint, condition, "isnull takes true or false, not '" + value + "'");
            };
            default -> throw error(table, constraint, condition, "unsupported lookup '" + lookup
                    + "' (supported: exact, gt, gte, lt, lte, in, isnull)");
        };
    }

    private static String inList(Flavor flavor, Table table, FieldSpec field, String value) {
        String list = value;
        if (list.startsWith("(") && list.endsWith(")")) {
            list = list.substring(1, list.length() - 1);
        }
        List<String> rendered = new ArrayList<>();
        for (String item : split(list, ',')) {
            rendered.add(literal(flavor, table, field, item.trim()));
        }
        return String.join(", ", rendered);
    }

    private static String literal(Flavor flavor, Table table, FieldSpec field, String raw) {
        String text = raw;
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            text = text.substring(1, text.length() - 1).replace("''", "'");
        }
        return Literals.render(flavor, table.name(), field, text);
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

    private static SchemaException error(Table table, String constraint, String condition, String why) {
        return new SchemaException("check " + constraint + " on " + table.name() + " (\"" + condition + "\"): " + why);
    }
}
