package dev.jango.db.schema;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * SQL literals of a field's type, for column defaults and check constraints. The text comes from the model
 * ({@code @Default("2024-01-31")}) and is parsed by kind first, so nothing but a valid literal reaches the DDL.
 * Storage follows the dialects: booleans are 0/1 outside PostgreSQL, durations are microseconds, SQLite keeps
 * temporal values as fixed-width text (ADR 0011).
 */
final class Literals {
    private static final DateTimeFormatter SQL_DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private Literals() {
    }

    static String render(Flavor flavor, String table, FieldSpec field, String text) {
        try {
            return switch (field.kind()) {
                case BOOLEAN -> bool(flavor, text);
                case AUTO, INT, LONG -> Long.toString(Long.parseLong(text.trim()));
                case DOUBLE -> Double.toString(Double.parseDouble(text.trim()));
                case DECIMAL -> new BigDecimal(text.trim()).toPlainString();
                case DURATION -> Long.toString(micros(text.trim()));
                case DATE -> string(LocalDate.parse(text.trim()).toString());
                case TIME -> string(flavor == Flavor.SQLITE ? SQLITE_TIME.format(LocalTime.parse(text.trim()))
                        : LocalTime.parse(text.trim()).toString());
                case DATETIME -> instant(flavor, Instant.parse(text.trim()));
                case UUID -> string(UUID.fromString(text.trim()).toString());
                case BIG_AUTO -> Long.toString(Long.parseLong(text.trim()));
                case CHAR, TEXT, ENUM, JSON -> string(text);
                case BINARY -> throw new SchemaException(table + "." + field.name()
                        + ": binary fields cannot have a literal default or check value");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new SchemaException(table + "." + field.name() + ": '" + text + "' is not a valid "
                    + field.kind() + " literal", e);
        }
    }

    static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String bool(Flavor flavor, String text) {
        boolean value = switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new NumberFormatException("not a boolean: " + text);
        };
        if (flavor == Flavor.POSTGRESQL) {
            return value ? "true" : "false";
        }
        return value ? "1" : "0";
    }

    private static long micros(String text) {
        if (text.startsWith("P") || text.startsWith("-P")) {
            Duration d = Duration.parse(text);
            return Math.multiplyExact(d.getSeconds(), 1_000_000L) + d.getNano() / 1_000;
        }
        return Long.parseLong(text);
    }

    private static String instant(Flavor flavor, Instant value) {
        return switch (flavor) {
            // SQLite keeps instants as fixed-width UTC text (ADR 0011), so text order is time order.
            case SQLITE -> string(SQL_DATETIME.format(value));
            case POSTGRESQL -> string(SQL_DATETIME.format(value) + "+00");
            case MARIADB -> string(SQL_DATETIME.format(value));
        };
    }

    /** Whether the kind's literal needs parentheses as a MariaDB default (expressions on TEXT/BLOB/JSON). */
    static boolean needsParens(FieldKind kind) {
        return kind == FieldKind.TEXT || kind == FieldKind.JSON;
    }
}
