package dev.jango.web.middleware;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.views.View;

/**
 * Marks a view as exempt from CSRF checks (webhooks authenticated another way). Use sparingly: it is visible in the
 * route table on purpose.
 *
 * <pre>{@code
 * Routes.path("hooks/payment/", CsrfExempt.of(Payments::webhook), "payment-hook")
 * }</pre>
 *
 * @param view the wrapped view
 */
public record CsrfExempt(View view) implements View {

    /** {@code view}, exempt. */
    public static View of(View view) {
        return new CsrfExempt(view);
    }

    @Override
    public HttpResponse handle(HttpRequest request) throws Exception {
        return view.handle(request);
    }
}
