package dev.jango.db.bulk;

import java.io.Serial;
import java.sql.SQLException;
import org.postgresql.util.PGBinaryObject;
import org.postgresql.util.PGobject;

/**
 * One column of a batch as a one-dimensional PostgreSQL array in binary form ({@code int4[]}, {@code numeric[]},
 * …), bound with {@code setObject}: pgjdbc sends a {@link PGBinaryObject} as is, so the server reads it with
 * {@code array_recv} instead of parsing text. Built by {@link #builder}; immutable once built.
 *
 * <pre>{@code
 * PgArrayParameter.Builder b = PgArrayParameter.builder(PgElement.INT4, 2);
 * b.add(1); b.add(null);
 * ps.setObject(1, b.build());   // '{1,NULL}'::int4[]
 * }</pre>
 */
final class PgArrayParameter extends PGobject implements PGBinaryObject {
    @Serial
    private static final long serialVersionUID = 1L;

    private final PgElement element;
    private final int length;
    private final byte[] wire;

    private PgArrayParameter(PgElement element, int length, byte[] wire) {
        this.element = element;
        this.length = length;
        this.wire = wire;
        setType(element.arrayName());
    }

    static Builder builder(PgElement element, int expected) {
        return new Builder(element, expected);
    }

    PgElement element() {
        return element;
    }

    int length() {
        return length;
    }

    @Override
    public String getValue() {
        // Only asked for when the driver would send text (preferQueryMode=simple), which the bulk paths avoid.
        throw new UnsupportedOperationException(element.arrayName() + " of " + length
                + " elements exists only in binary form");
    }

    @Override
    public int lengthInBytes() {
        return wire.length;
    }

    @Override
    public void toBytes(byte[] bytes, int offset) {
        System.arraycopy(wire, 0, bytes, offset, wire.length);
    }

    @Override
    public void setByteValue(byte[] value, int offset) throws SQLException {
        throw new SQLException("a bulk array parameter is written, never read");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgArrayParameter p && p.element == element && java.util.Arrays.equals(p.wire, wire);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(wire);
    }

    @Override
    public String toString() {
        return element.sqlName() + "[" + length + "]";
    }

    /** Appends elements; header fields that depend on the content (count, nulls) are patched by {@link #build}. */
    static final class Builder {
        private static final int HAS_NULL_AT = 4;
        private static final int LENGTH_AT = 12;

        private final PgElement element;
        private final WireBuffer buffer;
        private int length;
        private boolean hasNull;

        private Builder(PgElement element, int expected) {
            this.element = element;
            this.buffer = new WireBuffer(20 + expected * 12);
            buffer.int4(1);                 // dimensions
            buffer.int4(0);                 // has nulls, patched
            buffer.int4(element.oid());     // element type
            buffer.int4(0);                 // length of the dimension, patched
            buffer.int4(1);                 // lower bound
        }

        /** Adds a checked value, or SQL NULL for {@code null}. */
        void add(Object value) {
            if (value == null) {
                buffer.int4(-1);
                hasNull = true;
            } else {
                element.writeValue(buffer, value);
            }
            length++;
        }

        /** Adds an element already in wire form (length, then bytes) at {@code offset} of {@code data}. */
        void addEncoded(byte[] data, int offset) {
            int n = WireBuffer.int4(data, offset);
            if (n < 0) {
                hasNull = true;
            }
            buffer.bytes(data, offset, 4 + Math.max(0, n));
            length++;
        }

        PgArrayParameter build() {
            buffer.int4At(HAS_NULL_AT, hasNull ? 1 : 0);
            buffer.int4At(LENGTH_AT, length);
            return new PgArrayParameter(element, length, buffer.toByteArray());
        }
    }
}
