package dev.jango.web.http;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Responses produced while they are sent: each element of an iterator or stream is written and flushed, so memory
 * stays flat however many rows a QuerySet iterator yields.
 *
 * <pre>{@code
 * Stream<String> csv = Book.objects.all().iterator()... .map(b -> b.id + "," + b.title + "\n");
 * return StreamingResponse.of("text/csv", csv);
 * }</pre>
 */
public final class StreamingResponse {
    private StreamingResponse() {}

    /** Streams the chunks of {@code chunks}, closing it when done or when the client goes away. */
    public static HttpResponse of(String contentType, Stream<? extends CharSequence> chunks) {
        return HttpResponse.status(200).withHeader("Content-Type", withCharset(contentType))
                .withBody(new Body.Streamed(out -> {
                    try (chunks) {
                        Iterator<? extends CharSequence> it = chunks.iterator();
                        write(out, it);
                    }
                }));
    }

    /** Streams the chunks of {@code chunks}. */
    public static HttpResponse of(String contentType, Iterator<? extends CharSequence> chunks) {
        return HttpResponse.status(200).withHeader("Content-Type", withCharset(contentType))
                .withBody(new Body.Streamed(out -> write(out, chunks)));
    }

    /** Streams whatever {@code writer} writes (binary content). */
    public static HttpResponse of(String contentType, Body.Writer writer) {
        return HttpResponse.status(200).withHeader("Content-Type", contentType).withBody(new Body.Streamed(writer));
    }

    private static void write(OutputStream out, Iterator<? extends CharSequence> it) throws java.io.IOException {
        while (it.hasNext()) {
            out.write(it.next().toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String withCharset(String contentType) {
        return contentType.startsWith("text/") && !contentType.contains("charset") ? contentType + "; charset=utf-8" : contentType;
    }
}
