/**
 * The middleware chain: each {@link dev.jango.web.middleware.Middleware} sees the request on the way in and the
 * response on the way out, and may answer itself without calling the rest (short-circuit).
 *
 * <pre>
 *  request ─▶ SecurityHeaders ─▶ RequestStats ─▶ Sessions ─▶ Csrf ─▶ User ─▶ … ─▶ view
 *  response ◀──────────────────────────────────────────────────────────────────────┘
 * </pre>
 *
 * <pre>{@code
 * Middleware timing = (request, chain) -> {
 *     long t0 = System.nanoTime();
 *     HttpResponse r = chain.proceed(request);
 *     return r.withHeader("Server-Timing", "app;dur=" + (System.nanoTime() - t0) / 1e6);
 * };
 * }</pre>
 */
package dev.jango.web.middleware;
