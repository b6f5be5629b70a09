package dev.jango.bench;

import dev.jango.db.meta.ValueReader;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * PostgreSQL value reads for the benchmark, doing the same conversions as the connection layer's reader
 * (timestamptz through {@code OffsetDateTime}, NULL checks through {@code wasNull}).
 */
final class PgValueReader implements ValueReader {
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
    public Instant readInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
        return v == null ? null : v.toInstant();
    }

    @Override
    public LocalTime readTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    @Override
    public Duration readDuration(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofNanos(micros * 1000);
    }

    @Override
    public UUID readUuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    @Override
    public String readJson(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }

    @Override
    public byte[] readBytes(ResultSet rs, int column) throws SQLException {
        return rs.getBytes(column);
    }
}
