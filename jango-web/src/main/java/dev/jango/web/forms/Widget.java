package dev.jango.web.forms;

import dev.jango.db.meta.Choice;
import dev.jango.web.templates.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a field is drawn as HTML: the kind of control and extra attributes. Values and attributes are always escaped.
 *
 * <pre>{@code
 * Widget.of(Widget.Kind.TEXTAREA).attr("rows", "4").render("notes", "a < b", Map.of("id", "id_notes"), List.of());
 * // <textarea name="notes" rows="4" id="id_notes">a &lt; b</textarea>
 * }</pre>
 *
 * @param kind  the control
 * @param attrs extra attributes, in order
 */
public record Widget(Kind kind, Map<String, String> attrs) {
    /** The HTML controls forms use. */
    public enum Kind {
        TEXT("text"), EMAIL("email"), NUMBER("number"), PASSWORD("password"), HIDDEN("hidden"), DATE("date"),
        DATETIME("datetime-local"), TIME("time"), CHECKBOX("checkbox"), FILE("file"), TEXTAREA(""), SELECT("");

        private final String inputType;

        Kind(String inputType) {
            this.inputType = inputType;
        }
    }

    public Widget {
        // Insertion order is the attribute order in the HTML: keep it stable.
        attrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    public static Widget of(Kind kind) {
        return new Widget(kind, Map.of());
    }

    /** This widget with one more attribute. */
    public Widget attr(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(attrs);
        more.put(name, value);
        return new Widget(kind, more);
    }

    /**
     * The HTML of this control.
     *
     * @param name    the form field name
     * @param value   the current value as text ({@code null}: none)
     * @param base    attributes from the field ({@code id}, {@code required}, {@code maxlength}…)
     * @param choices options for {@link Kind#SELECT}
     */
    public String render(String name, String value, Map<String, String> base, List<Choice> choices) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(attrs);
        all.putAll(base);
        switch (kind) {
            case TEXTAREA -> {
                sb.append("<textarea name=\"").append(Html.escape(name)).append('"');
                attributes(sb, all);
                sb.append('>').append(value == null ? "" : Html.escape(value)).append("</textarea>");
            }
            case SELECT -> {
                sb.append("<select name=\"").append(Html.escape(name)).append('"');
                attributes(sb, all);
                sb.append('>');
                for (Choice c : choices) {
                    sb.append("<option value=\"").append(Html.escape(c.value())).append('"');
                    if (c.value().equals(value)) {
                        sb.append(" selected");
                    }
                    sb.append('>').append(Html.escape(c.label())).append("</option>");
                }
                sb.append("</select>");
            }
            case CHECKBOX -> {
                sb.append("<input type=\"checkbox\" name=\"").append(Html.escape(name)).append('"');
                all.remove("required"); // an unchecked box means false, never "missing"
                attributes(sb, all);
                if (value != null && Fields.isTruthy(value)) {
                    sb.append(" checked");
                }
                sb.append('>');
            }
            default -> {
                sb.append("<input type=\"").append(kind.inputType).append("\" name=\"").append(Html.escape(name))
                        .append('"');
                attributes(sb, all);
                // Browsers never re-send file or password values; echoing them back would leak them into HTML.
                if (value != null && kind != Kind.FILE && kind != Kind.PASSWORD) {
                    sb.append(" value=\"").append(Html.escape(value)).append('"');
                }
                sb.append('>');
            }
        }
        return sb.toString();
    }

    private static void attributes(StringBuilder sb, Map<String, String> attrs) {
        attrs.forEach((k, v) -> {
            sb.append(' ').append(Html.escape(k));
            if (!v.isEmpty()) {
                sb.append("=\"").append(Html.escape(v)).append('"');
            }
        });
    }
}
