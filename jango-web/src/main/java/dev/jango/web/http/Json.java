package dev.jango.web.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON codec for request bodies and {@link JsonResponse}: one shared, immutable Jackson 3 mapper.
 *
 * <pre>{@code
 * byte[] bytes = Json.write(Map.of("ok", true));
 * Book b = Json.read(bytes, Book.class);   // BadRequest when malformed
 * }</pre>
 */
public final class Json {
    // Immutable and thread-safe once built; shared so per-request serialisation reuses its caches.
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** The shared mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Serialises {@code value} to UTF-8 bytes. */
    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** Reads {@code bytes} as {@code type}; malformed or mismatched JSON is a {@link BadRequest} naming the problem. */
    public static <T> T read(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw new BadRequest("empty body where a JSON " + type.getSimpleName() + " was expected");
        }
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new BadRequest("malformed JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage()
                    + location(e), e);
        }
    }

    private static String location(JacksonException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
