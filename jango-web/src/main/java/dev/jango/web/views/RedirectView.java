package dev.jango.web.views;

import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Redirect;
import dev.jango.web.http.UrlEncoded;
import java.util.Map;

/**
 * Redirects to a URL whose {@code {name}} placeholders are filled from the path arguments; optionally permanent,
 * optionally passing the query string on.
 *
 * <pre>{@code
 * Routes.path("b/<int:id>/", RedirectView.to("/books/{id}/").permanent(), "short-book")
 * }</pre>
 *
 * @param url target, with {@code {param}} placeholders
 * @param permanentRedirect 301 instead of 302
 * @param queryString append the request's query string
 */
public record RedirectView(String url, boolean permanentRedirect, boolean queryString) implements View {

    /** A temporary redirect to {@code url}. */
    public static RedirectView to(String url) {
        return new RedirectView(url, false, false);
    }

    /** The same, permanent. */
    public RedirectView permanent() {
        return new RedirectView(url, true, queryString);
    }

    /** The same, keeping the query string. */
    public RedirectView withQueryString() {
        return new RedirectView(url, permanentRedirect, true);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String target = url;
        for (Map.Entry<String, Object> e : request.pathParams().entrySet()) {
            target = target.replace("{" + e.getKey() + "}", UrlEncoded.encode(String.valueOf(e.getValue())));
        }
        if (target.contains("{")) {
            throw new Http404("redirect target " + url + " has placeholders the route does not provide");
        }
        if (queryString && !request.rawQuery().isEmpty()) {
            target += (target.contains("?") ? "&" : "?") + request.rawQuery();
        }
        return permanentRedirect ? Redirect.permanent(target) : Redirect.to(target);
    }
}
