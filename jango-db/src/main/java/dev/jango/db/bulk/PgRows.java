package dev.jango.db.bulk;

import dev.jango.db.meta.Field;
import dev.jango.db.query.InvalidValueError;
import java.util.List;

/**
 * The rows of a bulk write, checked and encoded once in PostgreSQL's binary field format (per value a 4-byte
 * length, then the bytes; -1 for NULL), row after row. Both PostgreSQL transports reuse the bytes as they are:
 * a {@code COPY … (FORMAT binary)} row is a field count followed by these fields, and an array element has the
 * same length-prefixed form, so {@link #arrays} only regroups them by column.
 *
 * <pre>{@code PgRows rows = PgRows.encode(columns, books.size(), (r, c) -> columns.get(c).get(books.get(r)));}</pre>
 */
final class PgRows {
    private final PgElement[] elements;
    private final byte[] data;
    private final int[] starts;

    private PgRows(PgElement[] elements, byte[] data, int[] starts) {
        this.elements = elements;
        this.data = data;
        this.starts = starts;
    }

    /**
     * Checks and encodes rows {@code 0..rows} of {@code fields}. Every value is checked here, so a bad one fails
     * before any SQL is sent.
     *
     * @throws InvalidValueError naming the field for a value of the wrong type or out of PostgreSQL's range
     */
    static PgRows encode(List<? extends Field<?, ?>> fields, int rows, PostgresArrays.Cells cells) {
        int columns = fields.size();
        PgElement[] elements = new PgElement[columns];
        for (int c = 0; c < columns; c++) {
            elements[c] = PgElement.of(fields.get(c).kind());
        }
        WireBuffer out = new WireBuffer(rows * columns * 12);
        int[] starts = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            starts[r] = out.size();
            for (int c = 0; c < columns; c++) {
                Field<?, ?> f = fields.get(c);
                Object value = PostgresArrays.checked(f, cells.get(r, c));
                if (value == null) {
                    out.int4(-1);
                    continue;
                }
                try {
                    elements[c].writeValue(out, value);
                } catch (ArithmeticException e) {
                    throw new InvalidValueError(f.toString(), value, "is out of PostgreSQL's range for "
                            + elements[c].sqlName() + " (" + e.getMessage() + ")");
                }
            }
        }
        starts[rows] = out.size();
        return new PgRows(elements, out.array(), starts);
    }

    int rows() {
        return starts.length - 1;
    }

    int columns() {
        return elements.length;
    }

    /** The element type of each column. */
    PgElement[] elements() {
        return elements.clone();
    }

    /** Rows {@code from..to} as one binary array per column, for {@code unnest}. */
    PgArrayParameter[] arrays(int from, int to) {
        PgArrayParameter.Builder[] builders = new PgArrayParameter.Builder[elements.length];
        for (int c = 0; c < elements.length; c++) {
            builders[c] = PgArrayParameter.builder(elements[c], to - from);
        }
        for (int r = from; r < to; r++) {
            int at = starts[r];
            for (PgArrayParameter.Builder b : builders) {
                b.addEncoded(data, at);
                at += 4 + Math.max(0, WireBuffer.int4(data, at));
            }
        }
        PgArrayParameter[] batch = new PgArrayParameter[elements.length];
        for (int c = 0; c < elements.length; c++) {
            batch[c] = builders[c].build();
        }
        return batch;
    }

    /** Appends row {@code r}'s fields, as they were encoded, to {@code out}. */
    void writeFields(int r, WireBuffer out) {
        out.bytes(data, starts[r], starts[r + 1] - starts[r]);
    }
}
