package dev.jango.web.views;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import java.util.Map;

/**
 * Renders {@link #templateName()} with {@link #contextData}; GET (and HEAD) only.
 *
 * <pre>{@code
 * final class About extends TemplateView {
 *     About(TemplateRenderer r) { super(r); }
 *     protected String templateName() { return "pages/about.html"; }
 * }
 * Routes.path("about/", MethodView.asView(() -> new About(renderer)), "about");
 * }</pre>
 */
public abstract class TemplateView extends MethodView {
    private final TemplateRenderer renderer;

    protected TemplateView(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** The template to render. */
    protected abstract String templateName();

    /** The context; path arguments by default. */
    protected Map<String, Object> contextData(HttpRequest request) throws Exception {
        return request.pathParams();
    }

    /** Renders {@code template} with {@code context} as an HTML response. */
    protected final HttpResponse render(HttpRequest request, String template, Map<String, Object> context) {
        return HttpResponse.html(renderer.render(template, context, request));
    }

    @Override
    public HttpResponse get(HttpRequest request) throws Exception {
        return render(request, templateName(), contextData(request));
    }
}
