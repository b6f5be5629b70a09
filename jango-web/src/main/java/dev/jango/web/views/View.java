package dev.jango.web.views;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;

/**
 * A function view: takes the request, returns the response. Throwing an {@link dev.jango.web.http.HttpException}
 * gives its 4xx page; anything else is a 500 (the debug page in the dev profile).
 *
 * <pre>{@code
 * View hello = request -> HttpResponse.text("hello " + request.query().first("name").orElse("world"));
 * }</pre>
 */
@FunctionalInterface
public interface View {
    /** Handles {@code request}. */
    HttpResponse handle(HttpRequest request) throws Exception;
}
