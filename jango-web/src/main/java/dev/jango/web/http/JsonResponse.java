package dev.jango.web.http;

/**
 * Responses whose body is a value serialised as JSON by the shared Jackson mapper.
 *
 * <pre>{@code
 * return JsonResponse.of(Map.of("id", book.id, "title", book.title));
 * return JsonResponse.of(201, created);
 * }</pre>
 */
public final class JsonResponse {
    private JsonResponse() {}

    /** A 200 JSON response. */
    public static HttpResponse of(Object value) {
        return of(200, value);
    }

    /** A JSON response with {@code status}. */
    public static HttpResponse of(int status, Object value) {
        return HttpResponse.of(status, "application/json", Json.write(value));
    }
}
