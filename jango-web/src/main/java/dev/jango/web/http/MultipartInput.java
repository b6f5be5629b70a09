package dev.jango.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A window over a multipart body as it streams in: one buffer, refilled from the stream, that the parser looks
 * for boundaries in. Never holds more than the buffer, whatever the body's size; counts the bytes it pulls and
 * stops with a {@link PayloadTooLarge} past {@code maxTotalBytes}.
 */
final class MultipartInput {
    /** Receives part content as it is found, in order. */
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    /** A byte string to find, with its Boyer-Moore-Horspool shift table computed once. */
    static final class Needle {
        final byte[] bytes;
        private final int[] shift = new int[256];

        Needle(byte[] bytes) {
            this.bytes = bytes;
            Arrays.fill(shift, bytes.length);
            for (int i = 0; i < bytes.length - 1; i++) {
                shift[bytes[i] & 0xff] = bytes.length - 1 - i;
            }
        }

        // Horspool: a body crafted from near-misses of the boundary costs about n/m steps, not n*m.
        int indexIn(byte[] haystack, int from, int to) {
            int m = bytes.length;
            int i = from;
            while (i <= to - m) {
                int j = m - 1;
                while (j >= 0 && haystack[i + j] == bytes[j]) {
                    j--;
                }
                if (j < 0) {
                    return i;
                }
                i += shift[haystack[i + m - 1] & 0xff];
            }
            return -1;
        }
    }

    private final InputStream in;
    private final long maxTotalBytes;
    private final byte[] buf;
    private int pos;
    private int lim;
    private long pulled;
    private boolean eof;

    MultipartInput(InputStream in, long maxTotalBytes, int minWindow) {
        this.in = in;
        this.maxTotalBytes = maxTotalBytes;
        this.buf = new byte[Math.max(64 * 1024, minWindow)];
    }

    /** Bytes buffered and not yet consumed. */
    int available() {
        return lim - pos;
    }

    /** Buffers at least {@code n} bytes unless the body ends first; returns whether it could. */
    boolean ensure(int n) throws IOException {
        while (lim - pos < n && fill()) {
            // keep reading
        }
        return lim - pos >= n;
    }

    /** Whether the unconsumed bytes start with {@code prefix} (reading more if needed). */
    boolean startsWith(byte[] prefix) throws IOException {
        if (!ensure(prefix.length)) {
            return false;
        }
        return Arrays.equals(buf, pos, pos + prefix.length, prefix, 0, prefix.length);
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        return ensure(1) ? buf[pos] & 0xff : -1;
    }

    void skip(int n) {
        pos += n;
    }

    /**
     * Offset from the current position of {@code needle} when it starts within the next {@code window} bytes;
     * -1 when it does not (or the body ended before).
     */
    int find(Needle needle, int window) throws IOException {
        int span = window + needle.bytes.length;
        while (true) {
            int at = needle.indexIn(buf, pos, (int) Math.min(lim, (long) pos + span));
            if (at >= 0) {
                return at - pos;
            }
            if (lim - pos >= span || !fill()) {
                return -1;
            }
        }
    }

    /** The next {@code n} buffered bytes as a new array, consumed. */
    byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    /**
     * Passes bytes to {@code sink} until {@code needle}, consuming both. Returns false when the body ends first
     * (everything before the end has then gone to the sink).
     */
    boolean copyUntil(Needle needle, Sink sink) throws IOException {
        int m = needle.bytes.length;
        while (true) {
            int at = needle.indexIn(buf, pos, lim);
            if (at >= 0) {
                sink.write(buf, pos, at - pos);
                pos = at + m;
                return true;
            }
            // Hold back m-1 bytes: they may be the start of a needle split across two reads.
            int safe = lim - (m - 1);
            if (safe > pos) {
                sink.write(buf, pos, safe - pos);
                pos = safe;
            }
            if (!fill()) {
                sink.write(buf, pos, lim - pos);
                pos = lim;
                return false;
            }
        }
    }

    /** Moves the unconsumed bytes to the front and reads more; false at the end of the body. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            return false; // window full: callers bound what they look for by the window
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        pulled += n;
        if (pulled > maxTotalBytes) {
            throw new PayloadTooLarge("multipart body exceeds the upload limit of " + maxTotalBytes + " bytes");
        }
        lim += n;
        return true;
    }
}
