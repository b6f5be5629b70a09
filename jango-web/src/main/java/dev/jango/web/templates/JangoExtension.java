package dev.jango.web.templates;

import dev.jango.web.forms.BoundForm;
import dev.jango.web.forms.BoundModelForm;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The template functions Jango adds to Pebble: {@code url(name, args...)}, {@code static(path)} and
 * {@code csrf_input()} (the hidden form field carrying the context's {@code csrf_token}), {@code as_p(form)} and
 * {@code as_div(form)} (a bound form's HTML, already escaped field by field); {@link RecordAttributes}, which
 * reads record components without reflection per row; and {@link HtmlAutoescape}, which makes autoescaping cheap.
 */
final class JangoExtension extends AbstractExtension {
    /** The form field name the CSRF middleware reads. */
    static final String CSRF_FIELD = "csrfmiddlewaretoken";

    private final UrlReverser reverser;
    private final String staticUrl;

    JangoExtension(UrlReverser reverser, String staticUrl) {
        this.reverser = reverser;
        this.staticUrl = staticUrl;
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordAttributes());
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(new HtmlAutoescape());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("url", new Url(), "static", new Static(), "csrf_input", new CsrfInput(),
                "as_p", new FormHtml(true), "as_div", new FormHtml(false));
    }

    /** Pebble passes function exceptions through unwrapped; attach the template and line here. */
    private static Object guarded(PebbleTemplate self, int line, java.util.function.Supplier<Object> body) {
        try {
            return body.get();
        } catch (TemplateError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateError(self.getName(), line, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Positional arguments arrive keyed "0", "1", … when a function declares no argument names. */
    private static List<Object> positional(Map<String, Object> args) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; args.containsKey(String.valueOf(i)); i++) {
            values.add(args.get(String.valueOf(i)));
        }
        return values;
    }

    private final class Url implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // variadic: url('name', a, b)
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return guarded(self, line, () -> reverse(args));
        }

        private Object reverse(Map<String, Object> args) {
            List<Object> values = positional(args);
            if (values.isEmpty() || !(values.getFirst() instanceof String name)) {
                throw new IllegalArgumentException("url() needs a route name as its first argument");
            }
            return reverser.reverse(name, List.copyOf(values.subList(1, values.size())));
        }
    }

    private final class Static implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return guarded(self, line, () -> url(args));
        }

        private Object url(Map<String, Object> args) {
            Object path = args.get("path");
            if (!(path instanceof String p) || p.isBlank()) {
                throw new IllegalArgumentException("static() needs a file path, got " + path);
            }
            return staticUrl + (p.startsWith("/") ? p.substring(1) : p);
        }
    }

    /** {@code as_p(form)} / {@code as_div(form)}: a form's own escaped HTML, not escaped a second time. */
    private static final class FormHtml implements Function {
        private final boolean paragraphs;

        FormHtml(boolean paragraphs) {
            this.paragraphs = paragraphs;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("form");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return guarded(self, line, () -> {
                BoundForm form = switch (args.get("form")) {
                    case BoundForm f -> f;
                    case BoundModelForm<?> f -> f.form();
                    case null -> throw new IllegalArgumentException((paragraphs ? "as_p" : "as_div")
                            + "() got no form: is it in the context?");
                    default -> throw new IllegalArgumentException((paragraphs ? "as_p" : "as_div")
                            + "() needs a bound form, got " + args.get("form").getClass().getSimpleName());
                };
                return new SafeString(paragraphs ? form.asP() : form.asDiv());
            });
        }
    }

    private static final class CsrfInput implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return guarded(self, line, () -> input(context));
        }

        private Object input(EvaluationContext context) {
            Object token = context.getVariable("csrf_token");
            if (token == null) {
                // A form without its token fails later with a 403 that is hard to trace back; fail here instead.
                throw new IllegalStateException("csrf_input() needs 'csrf_token' in the context:"
                        + " render through the CSRF middleware's request context");
            }
            return new SafeString("<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\""
                    + Html.escape(token.toString()) + "\">");
        }
    }
}
