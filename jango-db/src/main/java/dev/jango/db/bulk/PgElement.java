package dev.jango.db.bulk;

import dev.jango.db.meta.FieldKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.postgresql.core.Oid;

/**
 * The PostgreSQL element types bulk writes send as binary arrays, each with its binary send format (the one the
 * server's {@code *_recv} functions read): a 4-byte length, then the value. Values arrive already checked
 * against their field ({@code Values.check}), so each writer casts to the checked Java type. Times are
 * microseconds, as PostgreSQL stores them: dates count days and timestamps microseconds from 2000-01-01.
 *
 * <pre>{@code PgElement.of(FieldKind.DATE).write(buffer, LocalDate.of(2000, 1, 2));   // 00 00 00 04 00 00 00 01}</pre>
 */
enum PgElement {
    INT4("int4", Oid.INT4, Oid.INT4_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            b.int4(4);
            b.int4(((Number) v).intValue());
        }
    },
    INT8("int8", Oid.INT8, Oid.INT8_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            b.int4(8);
            b.int8(v instanceof Duration d ? micros(d) : ((Number) v).longValue());
        }
    },
    FLOAT8("float8", Oid.FLOAT8, Oid.FLOAT8_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            b.int4(8);
            b.int8(Double.doubleToLongBits(((Number) v).doubleValue()));
        }
    },
    BOOL("bool", Oid.BOOL, Oid.BOOL_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            b.int4(1);
            b.int1((Boolean) v ? 1 : 0);
        }
    },
    NUMERIC("numeric", Oid.NUMERIC, Oid.NUMERIC_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            PgNumeric.write(b, (BigDecimal) v);
        }
    },
    TEXT("text", Oid.TEXT, Oid.TEXT_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            byte[] utf8 = ((String) v).getBytes(StandardCharsets.UTF_8);
            b.int4(utf8.length);
            b.bytes(utf8);
        }
    },
    DATE("date", Oid.DATE, Oid.DATE_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            b.int4(4);
            b.int4(Math.toIntExact(((LocalDate) v).toEpochDay() - EPOCH_DAYS));
        }
    },
    TIMESTAMPTZ("timestamptz", Oid.TIMESTAMPTZ, Oid.TIMESTAMPTZ_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            Instant i = (Instant) v;
            // Floor to the microsecond, as the per-row path's truncatedTo(MICROS) does (getNano is never negative).
            long micros = Math.addExact(Math.multiplyExact(i.getEpochSecond() - EPOCH_SECONDS, 1_000_000L),
                    i.getNano() / 1_000);
            b.int4(8);
            b.int8(micros);
        }
    },
    TIME("time", Oid.TIME, Oid.TIME_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            b.int4(8);
            b.int8(((LocalTime) v).toNanoOfDay() / 1_000);
        }
    },
    UUID("uuid", Oid.UUID, Oid.UUID_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            java.util.UUID u = (java.util.UUID) v;
            b.int4(16);
            b.int8(u.getMostSignificantBits());
            b.int8(u.getLeastSignificantBits());
        }
    },
    BYTEA("bytea", Oid.BYTEA, Oid.BYTEA_ARRAY) {
        @Override
        void writeValue(WireBuffer b, Object v) {
            byte[] bytes = (byte[]) v;
            b.int4(bytes.length);
            b.bytes(bytes);
        }
    };

    /** 1970-01-01 to 2000-01-01, PostgreSQL's epoch for dates and timestamps. */
    private static final long EPOCH_DAYS = 10_957;
    private static final long EPOCH_SECONDS = EPOCH_DAYS * 86_400;

    private final String sqlName;
    private final int oid;
    private final int arrayOid;

    PgElement(String sqlName, int oid, int arrayOid) {
        this.sqlName = sqlName;
        this.oid = oid;
        this.arrayOid = arrayOid;
    }

    /** The element type for a field kind, or null when the kind has no binary array form here (JSON). */
    static PgElement of(FieldKind kind) {
        return switch (kind) {
            case AUTO, INT -> INT4;
            case BIG_AUTO, LONG, DURATION -> INT8;
            case DOUBLE -> FLOAT8;
            case BOOLEAN -> BOOL;
            case DECIMAL -> NUMERIC;
            case CHAR, TEXT, ENUM -> TEXT;
            case DATE -> DATE;
            case DATETIME -> TIMESTAMPTZ;
            case TIME -> TIME;
            case UUID -> UUID;
            case BINARY -> BYTEA;
            case JSON -> null;
        };
    }

    /** The SQL name of the element type ({@code int4}), for the parameter's cast. */
    String sqlName() {
        return sqlName;
    }

    int oid() {
        return oid;
    }

    /** The array type's name as pgjdbc knows it ({@code _int4}). */
    String arrayName() {
        return "_" + sqlName;
    }

    int arrayOid() {
        return arrayOid;
    }

    /** Writes a non-null checked value: its length, then its bytes. */
    abstract void writeValue(WireBuffer b, Object v);

    /** DURATION is bigint microseconds on every vendor; finer parts are dropped, as for the per-row path. */
    static long micros(Duration d) {
        return Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1_000);
    }
}
