package dev.jango.db.meta;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Reads column values of each {@link FieldKind} from a JDBC result, converting the dialect's storage form (SQLite
 * keeps dates as text, MariaDB keeps UUIDs as char(36)) into the field's Java type. Each dialect supplies one.
 * Generated row mappers call it with plain column indexes, so reading a row involves no reflection.
 *
 * <p>The {@code OrNull} forms return {@code null} for SQL NULL; the primitive forms return the Java default.
 */
public interface ValueReader {
    boolean readBoolean(ResultSet rs, int column) throws SQLException;

    Boolean readBooleanOrNull(ResultSet rs, int column) throws SQLException;

    int readInt(ResultSet rs, int column) throws SQLException;

    Integer readIntOrNull(ResultSet rs, int column) throws SQLException;

    long readLong(ResultSet rs, int column) throws SQLException;

    Long readLongOrNull(ResultSet rs, int column) throws SQLException;

    double readDouble(ResultSet rs, int column) throws SQLException;

    Double readDoubleOrNull(ResultSet rs, int column) throws SQLException;

    BigDecimal readDecimal(ResultSet rs, int column) throws SQLException;

    String readString(ResultSet rs, int column) throws SQLException;

    LocalDate readDate(ResultSet rs, int column) throws SQLException;

    Instant readInstant(ResultSet rs, int column) throws SQLException;

    LocalTime readTime(ResultSet rs, int column) throws SQLException;

    Duration readDuration(ResultSet rs, int column) throws SQLException;

    UUID readUuid(ResultSet rs, int column) throws SQLException;

    String readJson(ResultSet rs, int column) throws SQLException;

    byte[] readBytes(ResultSet rs, int column) throws SQLException;
}
