package dev.jango.web.forms;

import dev.jango.web.templates.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws a bound form as HTML, every text escaped: errors, label, widget and help text per field. */
final class FormRenderer {
    private FormRenderer() {
    }

    static String render(BoundForm form, String tag) {
        StringBuilder sb = new StringBuilder();
        errorList(sb, form.nonFieldErrors(), "errorlist nonfield");
        for (FormField<?> field : form.form().fields()) {
            if (field.widget().kind() == Widget.Kind.HIDDEN) {
                errorList(sb, form.errors().of(field.name()), "errorlist");
                sb.append(widget(form, field));
                continue;
            }
            sb.append('<').append(tag).append('>');
            errorList(sb, form.errors().of(field.name()), "errorlist");
            sb.append("<label for=\"id_").append(Html.escape(field.name())).append("\">")
                    .append(Html.escape(field.label())).append(":</label> ");
            sb.append(widget(form, field));
            if (!field.help().isEmpty()) {
                sb.append(" <span class=\"helptext\" id=\"id_").append(Html.escape(field.name()))
                        .append("_helptext\">").append(Html.escape(field.help())).append("</span>");
            }
            sb.append("</").append(tag).append(">\n");
        }
        return sb.toString();
    }

    static String widget(BoundForm form, FormField<?> field) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("id", "id_" + field.name());
        attrs.putAll(field.htmlAttrs());
        if (!form.errors().of(field.name()).isEmpty()) {
            attrs.put("aria-invalid", "true");
        }
        if (!field.help().isEmpty()) {
            attrs.put("aria-describedby", "id_" + field.name() + "_helptext");
        }
        String value = form.value(field.name()).orElse(null);
        return field.widget().render(field.name(), value, attrs, field.choices());
    }

    private static void errorList(StringBuilder sb, List<String> messages, String cssClass) {
        if (messages.isEmpty()) {
            return;
        }
        sb.append("<ul class=\"").append(cssClass).append("\">");
        for (String m : messages) {
            sb.append("<li>").append(Html.escape(m)).append("</li>");
        }
        sb.append("</ul>");
    }
}
