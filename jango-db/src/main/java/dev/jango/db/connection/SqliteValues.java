package dev.jango.db.connection;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.UUID;

/**
 * SQLite has no date, boolean or UUID types: dates and times are ISO text in fixed width (so that comparing the
 * text compares the moments: {@code 2024-01-31 09:05:00.000000}, always UTC), booleans are 0/1, UUIDs are
 * lower-case text, decimals are bound as text so that a NUMERIC column keeps them exactly.
 */
final class SqliteValues extends VendorValues {
    private static final DateTimeFormatter DATETIME_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    /** Accepts what SQLite's own functions write too ({@code datetime('now')} has no fraction; 'T' separator). */
    private static final DateTimeFormatter DATETIME_IN = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd").optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd().appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral('Z').optionalEnd().toFormatter();
    private static final int MAX_YEAR = 9999;

    @Override
    void bindBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        ps.setInt(index, value ? 1 : 0);
    }

    @Override
    void bindDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        ps.setString(index, value.toPlainString());
    }

    @Override
    void bindDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        checkYear(value.getYear(), value);
        ps.setString(index, value.toString());
    }

    @Override
    void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        LocalDateTime utc = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
        checkYear(utc.getYear(), value);
        ps.setString(index, DATETIME_OUT.format(utc));
    }

    @Override
    void bindTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        ps.setString(index, TIME_OUT.format(value));
    }

    @Override
    void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setString(index, value.toString());
    }

    /** Text order equals time order only for four-digit years. */
    private static void checkYear(int year, Object value) {
        if (year < 1 || year > MAX_YEAR) {
            throw new IllegalArgumentException("cannot store " + value + " on SQLite: years must be 1 to 9999");
        }
    }

    @Override
    public BigDecimal readDecimal(ResultSet rs, int column) throws SQLException {
        return readText(rs, column, "decimal", BigDecimal::new);
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        return readText(rs, column, "date (yyyy-MM-dd)",
                text -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    }

    @Override
    public Instant readInstant(ResultSet rs, int column) throws SQLException {
        return readText(rs, column, "UTC date-time (yyyy-MM-dd HH:mm:ss.ffffff)",
                text -> LocalDateTime.parse(text, DATETIME_IN).toInstant(ZoneOffset.UTC));
    }

    @Override
    public LocalTime readTime(ResultSet rs, int column) throws SQLException {
        return readText(rs, column, "time (HH:mm:ss.ffffff)", LocalTime::parse);
    }

    @Override
    public boolean readBoolean(ResultSet rs, int column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    @Override
    public Boolean readBooleanOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v != 0;
    }
}
