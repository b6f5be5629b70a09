package dev.jango.web.views;

import dev.jango.web.http.HttpRequest;
import java.util.Map;

/**
 * Renders a named template with a context; the templates module provides the Pebble implementation (which adds
 * the request, CSRF token and url helpers to the context). Views depend only on this interface.
 *
 * <pre>{@code
 * TemplateRenderer r = (name, ctx, req) -> pebble.getTemplate(name).evaluate(...);
 * }</pre>
 */
@FunctionalInterface
public interface TemplateRenderer {
    /** The rendered text of {@code template}. */
    String render(String template, Map<String, Object> context, HttpRequest request);
}
