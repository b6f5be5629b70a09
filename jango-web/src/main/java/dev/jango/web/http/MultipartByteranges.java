package dev.jango.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code multipart/byteranges} body of a 206 with several ranges (RFC 9110 §14.6): one part per range, each
 * with its Content-Type and Content-Range, read from the file as it is written. Its length is known up front, so
 * the response carries a Content-Length.
 */
final class MultipartByteranges {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final List<ByteRanges.Range> ranges;
    private final String contentType;
    private final long size;
    private final String boundary;

    MultipartByteranges(Path file, List<ByteRanges.Range> ranges, String contentType, long size) {
        this.file = file;
        this.ranges = List.copyOf(ranges);
        this.contentType = contentType;
        this.size = size;
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        this.boundary = "jango-byteranges-" + HexFormat.of().formatHex(b);
    }

    /** The response Content-Type, naming the boundary. */
    String mediaType() {
        return "multipart/byteranges; boundary=" + boundary;
    }

    /** Exact length of the body {@link #writeTo} produces. */
    long length() {
        long n = closing().length;
        for (ByteRanges.Range r : ranges) {
            n += partHeader(r).length + r.length() + 2;
        }
        return n;
    }

    void writeTo(OutputStream out) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            for (ByteRanges.Range r : ranges) {
                out.write(partHeader(r));
                long pos = r.first();
                long end = r.last() + 1;
                while (pos < end) {
                    buf.clear().limit((int) Math.min(CHUNK, end - pos));
                    int n = ch.read(buf, pos);
                    if (n < 0) {
                        throw new IOException(file + " shrank while being sent");
                    }
                    out.write(buf.array(), 0, n);
                    pos += n;
                }
                out.write('\r');
                out.write('\n');
            }
            out.write(closing());
        }
    }

    private byte[] partHeader(ByteRanges.Range r) {
        return ("--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: " + r.contentRange(size)
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] closing() {
        return ("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
