package dev.jango.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What a response sends: bytes held in memory, a writer that streams (and flushes as it goes), or a slice of a
 * file. Sealed so that middleware (gzip, conditional GET) can handle every kind explicitly.
 *
 * <pre>{@code
 * Body b = new Body.Bytes("hi".getBytes(UTF_8));
 * Body s = new Body.Streamed(out -> { out.write(...); out.flush(); });
 * }</pre>
 */
public sealed interface Body {

    /** Writes a streamed body; called once, on the request's virtual thread, after the headers are sent. */
    @FunctionalInterface
    interface Writer {
        /** Writes the body to {@code out}; flush to push a chunk to the client. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A body held in memory. */
    record Bytes(byte[] bytes) implements Body {}

    /** A body produced while it is sent, with unknown length (chunked). */
    record Streamed(Writer writer) implements Body {}

    /** {@code length} bytes of {@code file} from {@code offset}. */
    record FileRange(Path file, long offset, long length) implements Body {}

    /** The empty body. */
    static Body empty() {
        return new Bytes(new byte[0]);
    }
}
