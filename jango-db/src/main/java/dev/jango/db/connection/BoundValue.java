package dev.jango.db.connection;

import dev.jango.db.meta.FieldKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One statement parameter with the storage kind that decides how it is bound ({@link FieldKind#DATETIME} is bound
 * as UTC text on SQLite and as {@code timestamptz} on PostgreSQL). A {@code null} kind is inferred from the Java
 * type of the value; a {@code null} value with a {@code null} kind binds an untyped SQL NULL.
 *
 * <pre>{@code
 * db.update("UPDATE book SET price = ? WHERE id = ?",
 *         List.of(new BoundValue(new BigDecimal("9.99"), FieldKind.DECIMAL), BoundValue.of(42L)));
 * }</pre>
 *
 * @throws IllegalArgumentException if the value's Java type does not fit the kind, naming both
 */
public record BoundValue(Object value, FieldKind kind) {

    public BoundValue {
        if (value != null && kind != null && !fits(value, kind)) {
            throw new IllegalArgumentException("cannot bind " + describe(value) + " as " + kind
                    + " (expected a " + kind.javaType().getSimpleName() + ")");
        }
    }

    /**
     * A value whose kind is inferred from its Java type now, so an unbindable value fails here.
     *
     * @throws IllegalArgumentException as {@link #infer(Object)}
     */
    public static BoundValue of(Object value) {
        return new BoundValue(value, value == null ? null : infer(value));
    }

    /** The kind to bind with: the declared one, else the one inferred from the value; null for an untyped NULL. */
    public FieldKind effectiveKind() {
        if (kind != null || value == null) {
            return kind;
        }
        return infer(value);
    }

    /**
     * The kind Jango binds a plain Java value as.
     *
     * @throws IllegalArgumentException for a type with no storage kind (a {@code LocalDateTime}, whose zone is
     *                                  unknown, or any other class), naming the type and the value
     */
    public static FieldKind infer(Object value) {
        return switch (value) {
            case Boolean _ -> FieldKind.BOOLEAN;
            case Integer _, Short _, Byte _ -> FieldKind.INT;
            case Long _ -> FieldKind.LONG;
            case Double _, Float _ -> FieldKind.DOUBLE;
            case BigDecimal _ -> FieldKind.DECIMAL;
            case String _ -> FieldKind.TEXT;
            case LocalDate _ -> FieldKind.DATE;
            case Instant _ -> FieldKind.DATETIME;
            case LocalTime _ -> FieldKind.TIME;
            case Duration _ -> FieldKind.DURATION;
            case UUID _ -> FieldKind.UUID;
            case byte[] _ -> FieldKind.BINARY;
            case Enum<?> _ -> FieldKind.ENUM;
            case java.time.LocalDateTime _ -> throw new IllegalArgumentException("cannot bind LocalDateTime "
                    + value + ": its time zone is unknown; pass an Instant (stored as UTC)");
            default -> throw new IllegalArgumentException("cannot bind " + describe(value)
                    + ": no storage kind for " + value.getClass().getName());
        };
    }

    private static boolean fits(Object value, FieldKind kind) {
        return switch (kind) {
            case AUTO, INT -> value instanceof Integer || value instanceof Short || value instanceof Byte;
            case BIG_AUTO, LONG -> value instanceof Long || value instanceof Integer || value instanceof Short;
            case DOUBLE -> value instanceof Double || value instanceof Float;
            case ENUM -> value instanceof Enum<?>;
            default -> kind.javaType().isInstance(value);
        };
    }

    static String describe(Object value) {
        if (value == null) {
            return "NULL";
        }
        String shown = value instanceof byte[] bytes ? "<" + bytes.length + " bytes>" : String.valueOf(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return value.getClass().getSimpleName() + " '" + shown + "'";
    }
}
