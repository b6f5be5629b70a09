/**
 * Plain request and response values: {@link dev.jango.web.http.HttpRequest} in, {@link dev.jango.web.http.HttpResponse}
 * out, parsed lazily with size limits (multipart bodies stream, big files to temporary files), the
 * {@link dev.jango.web.http.HttpException} family that maps to 4xx pages, and file responses with byte ranges.
 *
 * <pre>{@code
 * HttpResponse detail(HttpRequest request) {
 *     int id = request.pathParam("id", Integer.class);
 *     String q = request.query().first("q").orElse("");
 *     return JsonResponse.of(Map.of("id", id, "q", q));
 * }
 * }</pre>
 */
package dev.jango.web.http;
