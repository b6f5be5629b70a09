package dev.jango.web.templates;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 as it goes, into one growing array: a rendered page becomes the response
 * body without the String in between (a StringWriter's growth copies, {@code toString()} and {@code getBytes()}
 * were three copies of every page). Encodes exactly as {@code String.getBytes(UTF_8)} does, including a lone
 * surrogate as {@code '?'}, also when a pair is split across two writes. As a {@link SpecializedWriter}, it takes
 * the numbers a template prints ({@code {{ book.id }}}) as numbers and writes their digits without a String. Not
 * thread-safe: one render owns it.
 *
 * <pre>{@code
 * Utf8Output out = new Utf8Output(16_384);
 * template.evaluate(out, context);
 * byte[] body = out.toByteArray();
 * }</pre>
 */
final class Utf8Output extends Writer implements SpecializedWriter {
    private static final byte REPLACEMENT = '?';

    private byte[] buf;
    private int count;
    /** A high surrogate whose low half has not been written yet; 0 when none. */
    private char pendingHigh;

    Utf8Output(int initialBytes) {
        buf = new byte[Math.max(16, initialBytes)];
    }

    @Override
    public void write(int c) {
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            ensure(1);
            buf[count++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len);
        byte[] b = buf;
        int n = count;
        int end = off + len;
        int i = off;
        if (pendingHigh == 0) {
            // ASCII fast path: one compare and one store per char until the first non-ASCII one.
            while (i < end && chars[i] < 0x80) {
                b[n++] = (byte) chars[i++];
            }
        }
        count = n;
        for (; i < end; i++) {
            encode(chars[i]);
        }
    }

    // The same loop as write(char[], ...) over a String: one loop over CharSequence would make every char of the
    // page a call through an interface, and these two loops are where a render spends its bytes.
    @Override
    public void write(String s, int off, int len) {
        ensure(len);
        byte[] b = buf;
        int n = count;
        int end = off + len;
        int i = off;
        if (pendingHigh == 0) {
            char c;
            while (i < end && (c = s.charAt(i)) < 0x80) {
                b[n++] = (byte) c;
                i++;
            }
        }
        count = n;
        for (; i < end; i++) {
            encode(s.charAt(i));
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void writeSpecialized(long l) {
        if (l < 0) {
            write(Long.toString(l)); // a minus sign, and Long.MIN_VALUE has no positive twin
            return;
        }
        int digits = 1;
        for (long rest = l / 10; rest != 0; rest /= 10) {
            digits++;
        }
        flushPendingHigh();
        ensure(digits);
        int end = count + digits;
        for (int at = end - 1; at >= count; at--) {
            buf[at] = (byte) ('0' + l % 10);
            l /= 10;
        }
        count = end;
    }

    @Override
    public void writeSpecialized(int i) {
        writeSpecialized((long) i);
    }

    @Override
    public void writeSpecialized(short s) {
        writeSpecialized((long) s);
    }

    @Override
    public void writeSpecialized(byte b) {
        writeSpecialized((long) b);
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(char c) {
        write(c);
    }

    @Override
    public void writeSpecialized(String s) {
        write(s, 0, s.length());
    }

    /** A high surrogate left by the previous write, with no low half coming: {@code '?'}, as getBytes writes it. */
    private void flushPendingHigh() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[count++] = REPLACEMENT;
        }
    }

    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                ensure(4);
                buf[count++] = (byte) (0xF0 | (cp >> 18));
                buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            ensure(1);
            buf[count++] = REPLACEMENT;
        }
        ensure(3);
        if (c < 0x80) {
            buf[count++] = (byte) c;
        } else if (c < 0x800) {
            buf[count++] = (byte) (0xC0 | (c >> 6));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[count++] = REPLACEMENT;
        } else {
            buf[count++] = (byte) (0xE0 | (c >> 12));
            buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Room for {@code bytes} more bytes (one per char on the ASCII paths; a multi-byte char asks for its own). */
    private void ensure(int bytes) {
        if (buf.length - count < bytes) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + bytes));
        }
    }

    /** Bytes written so far. */
    int size() {
        return count + (pendingHigh != 0 ? 1 : 0);
    }

    /** The bytes written, a lone high surrogate at the end included as {@code '?'}: a new array of {@link #size()}. */
    byte[] toByteArray() {
        flushPendingHigh();
        return count == buf.length ? buf : Arrays.copyOf(buf, count);
    }

    @Override
    public void flush() {
        // Nothing to flush: the bytes stay in memory until toByteArray().
    }

    @Override
    public void close() {
        // As flush(): closing changes nothing, and toByteArray() still works afterwards.
    }
}
