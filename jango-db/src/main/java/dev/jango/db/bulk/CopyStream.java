package dev.jango.db.bulk;

import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows to a running {@code COPY … FROM STDIN (FORMAT binary)}: the format's signature and header, one
 * tuple per row (field count, then the fields, optionally preceded by a key), and the end marker, sent in chunks
 * so the server reads while the rest is written. The fields are already encoded ({@link PgRows}).
 *
 * <pre>{@code long n = CopyStream.write(copyApi.copyIn(sql), rows, 0, rows.rows(), keys, false);}</pre>
 */
final class CopyStream {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int CHUNK = 1 << 16;

    private CopyStream() {
    }

    /**
     * Sends rows {@code from..to}, each led by {@code keys[row]} when {@code keys} is not null (as int4
     * when {@code intKeys}), ends the COPY and returns the row count the server reports. A failure cancels the
     * COPY, so the connection is usable again (the transaction is then aborted, as after any failed statement).
     */
    static long write(CopyIn in, PgRows rows, int from, int to, long[] keys, boolean intKeys) throws SQLException {
        WireBuffer out = new WireBuffer(CHUNK + 1_024);
        try {
            out.bytes(SIGNATURE);
            out.int4(0);    // flags: no OIDs
            out.int4(0);    // header extension length
            int fields = rows.columns() + (keys == null ? 0 : 1);
            for (int r = from; r < to; r++) {
                out.int2(fields);
                if (keys != null) {
                    if (intKeys) {
                        out.int4(4);
                        out.int4(Math.toIntExact(keys[r]));
                    } else {
                        out.int4(8);
                        out.int8(keys[r]);
                    }
                }
                rows.writeFields(r, out);
                if (out.size() >= CHUNK) {
                    in.writeToCopy(out.array(), 0, out.size());
                    out.clear();
                }
            }
            out.int2(-1);   // end of data
            in.writeToCopy(out.array(), 0, out.size());
            return in.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(in, e);
            throw e;
        }
    }

    private static void cancel(CopyIn in, Exception cause) {
        try {
            if (in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);   // the first failure is the one to report
        }
    }
}
