package dev.jango.db.connection;

import dev.jango.db.meta.EnumField;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ValueReader;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

/**
 * How one vendor stores each {@link FieldKind}: binding parameters and reading columns are two halves of one
 * storage decision, so they live together (see docs/adr/0011-value-storage-per-vendor.md). This base class holds
 * the plain JDBC behaviour; each vendor overrides the kinds it stores differently.
 */
abstract sealed class VendorValues implements ValueReader permits SqliteValues, PostgresValues, MariaDbValues {

    static VendorValues of(Vendor vendor) {
        return switch (vendor) {
            case SQLITE -> new SqliteValues();
            case POSTGRESQL -> new PostgresValues();
            case MARIADB -> new MariaDbValues();
        };
    }

    /** Binds {@code value} as parameter {@code index} (1-based). */
    final void bind(PreparedStatement ps, int index, BoundValue value) throws SQLException {
        Object v = value.value();
        FieldKind kind = value.effectiveKind();
        if (v == null) {
            bindNull(ps, index, kind);
            return;
        }
        switch (kind) {
            case BOOLEAN -> bindBoolean(ps, index, (Boolean) v);
            case AUTO, INT -> ps.setInt(index, ((Number) v).intValue());
            case BIG_AUTO, LONG -> ps.setLong(index, ((Number) v).longValue());
            case DOUBLE -> ps.setDouble(index, ((Number) v).doubleValue());
            case DECIMAL -> bindDecimal(ps, index, (BigDecimal) v);
            case CHAR, TEXT -> ps.setString(index, (String) v);
            case DATE -> bindDate(ps, index, (LocalDate) v);
            case DATETIME -> bindInstant(ps, index, ((Instant) v).truncatedTo(ChronoUnit.MICROS));
            case TIME -> bindTime(ps, index, ((LocalTime) v).truncatedTo(ChronoUnit.MICROS));
            case DURATION -> ps.setLong(index, micros((Duration) v));
            case UUID -> bindUuid(ps, index, (UUID) v);
            case JSON -> bindJson(ps, index, (String) v);
            case BINARY -> ps.setBytes(index, (byte[]) v);
            case ENUM -> ps.setString(index, EnumField.keyOf((Enum<?>) v));
        }
    }

    void bindNull(PreparedStatement ps, int index, FieldKind kind) throws SQLException {
        ps.setNull(index, kind == null ? Types.NULL : sqlType(kind));
    }

    static int sqlType(FieldKind kind) {
        return switch (kind) {
            case BOOLEAN -> Types.BOOLEAN;
            case AUTO, INT -> Types.INTEGER;
            case BIG_AUTO, LONG, DURATION -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case CHAR, TEXT, JSON, UUID, ENUM -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case DATETIME -> Types.TIMESTAMP;
            case TIME -> Types.TIME;
            case BINARY -> Types.VARBINARY;
        };
    }

    void bindBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        ps.setBoolean(index, value);
    }

    void bindDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        ps.setBigDecimal(index, value);
    }

    void bindDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value);
    }

    abstract void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException;

    void bindTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setObject(index, value);
    }

    void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setString(index, value.toString());
    }

    void bindJson(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value);
    }

    /** DURATION is bigint microseconds on every vendor; finer parts are dropped, as for DATETIME and TIME. */
    static long micros(Duration d) {
        try {
            return Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration " + d + " does not fit in 64-bit microseconds", e);
        }
    }

    // ---- reading: plain JDBC unless the vendor overrides ----

    @Override
    public boolean readBoolean(ResultSet rs, int column) throws SQLException {
        return rs.getBoolean(column);
    }

    @Override
    public Boolean readBooleanOrNull(ResultSet rs, int column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public int readInt(ResultSet rs, int column) throws SQLException {
        return rs.getInt(column);
    }

    @Override
    public Integer readIntOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public long readLong(ResultSet rs, int column) throws SQLException {
        return rs.getLong(column);
    }

    @Override
    public Long readLongOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public double readDouble(ResultSet rs, int column) throws SQLException {
        return rs.getDouble(column);
    }

    @Override
    public Double readDoubleOrNull(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public BigDecimal readDecimal(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    @Override
    public String readString(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public LocalTime readTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    @Override
    public Duration readDuration(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Duration.of(micros, ChronoUnit.MICROS);
    }

    @Override
    public UUID readUuid(ResultSet rs, int column) throws SQLException {
        return readText(rs, column, "UUID", UUID::fromString);
    }

    @Override
    public String readJson(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    @Override
    public byte[] readBytes(ResultSet rs, int column) throws SQLException {
        return rs.getBytes(column);
    }

    /**
     * Reads a value stored as text and parses it; SQL NULL reads as null. A stored text that does not parse is
     * reported as a data error naming the column, not as a bare parse exception from deep inside a row mapper.
     */
    static <T> T readText(ResultSet rs, int column, String what, Function<String, T> parse) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            String name = rs.getMetaData().getColumnLabel(column);
            throw new SQLDataException("column " + column + " (" + name + ") holds '" + text + "', which is not a "
                    + what, "22000", e);
        }
    }
}
