package dev.jango.db.connection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * MariaDB: {@code datetime(6)} holding UTC wall-clock time (never {@code timestamp}, whose range ends in 2038
 * and which converts by session time zone), {@code char(36)} UUIDs, {@code json} (text with a validity check),
 * {@code tinyint(1)} booleans; DURATION is {@code bigint} microseconds.
 */
final class MariaDbValues extends VendorValues {

    @Override
    void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant readInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime v = rs.getObject(column, LocalDateTime.class);
        return v == null ? null : v.toInstant(ZoneOffset.UTC);
    }
}
