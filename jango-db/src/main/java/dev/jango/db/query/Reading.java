package dev.jango.db.query;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ValueReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads an annotation's column by the storage kind of its expression (a field's column is read by the field
 * itself). One switch per value, never reflection.
 */
final class Reading {
    private Reading() {
    }

    static Object read(FieldKind kind, ResultSet rs, int column, ValueReader reader) throws SQLException {
        if (kind == null) {
            return rs.getObject(column);
        }
        return switch (kind) {
            case BOOLEAN -> reader.readBooleanOrNull(rs, column);
            case AUTO, INT -> reader.readIntOrNull(rs, column);
            case BIG_AUTO, LONG -> reader.readLongOrNull(rs, column);
            case DOUBLE -> reader.readDoubleOrNull(rs, column);
            case DECIMAL -> reader.readDecimal(rs, column);
            case CHAR, TEXT, ENUM -> reader.readString(rs, column);
            case DATE -> reader.readDate(rs, column);
            case DATETIME -> reader.readInstant(rs, column);
            case TIME -> reader.readTime(rs, column);
            case DURATION -> reader.readDuration(rs, column);
            case UUID -> reader.readUuid(rs, column);
            case JSON -> reader.readJson(rs, column);
            case BINARY -> reader.readBytes(rs, column);
        };
    }
}
