package dev.jango.db.bulk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growable byte buffer in network byte order, for PostgreSQL's binary wire formats (array parameters, COPY
 * rows). One buffer per column per batch; it is not shared between threads.
 *
 * <pre>{@code WireBuffer b = new WireBuffer(64); b.int4(1); b.int8(42L); byte[] wire = b.toByteArray();}</pre>
 */
final class WireBuffer {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int size;

    WireBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void int2(int v) {
        ensure(2);
        bytes[size] = (byte) (v >>> 8);
        bytes[size + 1] = (byte) v;
        size += 2;
    }

    void int4(int v) {
        ensure(4);
        INT.set(bytes, size, v);
        size += 4;
    }

    void int8(long v) {
        ensure(8);
        LONG.set(bytes, size, v);
        size += 8;
    }

    void int1(int v) {
        ensure(1);
        bytes[size++] = (byte) v;
    }

    void bytes(byte[] v, int offset, int length) {
        ensure(length);
        System.arraycopy(v, offset, bytes, size, length);
        size += length;
    }

    /** The four bytes at {@code at} of {@code array} as a big-endian int. */
    static int int4(byte[] array, int at) {
        return (int) INT.get(array, at);
    }

    /** The backing array; valid up to {@link #size()} until the next write. */
    byte[] array() {
        return bytes;
    }

    /** Empties the buffer, keeping its capacity. */
    void clear() {
        size = 0;
    }

    void bytes(byte[] v) {
        ensure(v.length);
        System.arraycopy(v, 0, bytes, size, v.length);
        size += v.length;
    }

    /** Overwrites the four bytes at {@code at} (a length or flag written before its value was known). */
    void int4At(int at, int v) {
        INT.set(bytes, at, v);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
