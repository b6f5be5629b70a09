package dev.jango.db.expr;

import dev.jango.db.meta.EnumField;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.InvalidValueError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Checks and converts values before they are bound, so a wrong type or a too-long string fails with a message
 * naming the model, field and value, before any SQL is sent. Strings are accepted for typed fields when they
 * parse (values from URLs and forms arrive as text), as Django's {@code get_prep_value} does.
 *
 * <pre>{@code
 * Values.check(BOOK.pages, "12");    // 12
 * Values.check(BOOK.pages, "abc");   // InvalidValueError: Book.pages: 'abc' is not a valid INT value
 * }</pre>
 */
public final class Values {
    private Values() {
    }

    /** The operand for comparing {@code left} with {@code value}: the value checked against the field. */
    static Expression operand(Expression left, Object value) {
        if (value instanceof Expression e) {
            return e;
        }
        if (value instanceof Field<?, ?> f) {
            return new FieldRef(f);
        }
        return switch (left) {
            case FieldRef ref -> new Value(check(ref.field(), value), ref.kind());
            case DatePart part -> new Value(convert(part.toString(), FieldKind.INT, value), FieldKind.INT);
            // Checked when the QuerySet resolves the name against its model.
            case PathRef ignored -> new Value(value, null);
            default -> new Value(left.kind() == null ? value : convert(left.toString(), left.kind(), value),
                    left.kind());
        };
    }

    /**
     * {@code value} converted to the field's Java type.
     *
     * @throws InvalidValueError if it has the wrong type, does not parse, or is longer than a char field allows
     */
    public static Object check(Field<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        if (field instanceof EnumField<?, ?> ef) {
            return enumKey(ef, value);
        }
        Object converted = convert(field.toString(), field.kind(), value);
        int max = field.spec().maxLength();
        if (field.kind() == FieldKind.CHAR && max > 0 && converted instanceof String s
                && s.codePointCount(0, s.length()) > max) {
            throw new InvalidValueError(field.toString(), value,
                    "is " + s.codePointCount(0, s.length()) + " characters long, more than max_length " + max);
        }
        return converted;
    }

    private static Object enumKey(EnumField<?, ?> field, Object value) {
        if (value instanceof Enum<?> e && field.enumType().isInstance(e)) {
            return EnumField.keyOf(e);
        }
        if (value instanceof String s) {
            try {
                return EnumField.keyOf(field.fromKey(s));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueError(field.toString(), value, "is not a key of "
                        + field.enumType().getSimpleName());
            }
        }
        throw new InvalidValueError(field.toString(), value, "is not a " + field.enumType().getSimpleName());
    }

    public static Object convert(String where, FieldKind kind, Object value) {
        try {
            return switch (kind) {
                case AUTO, INT -> toInt(value);
                case BIG_AUTO, LONG -> toLong(value);
                case DOUBLE -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(text(value));
                case DECIMAL -> toDecimal(value);
                case BOOLEAN -> toBoolean(value);
                case CHAR, TEXT, JSON -> text(value);
                case DATE -> value instanceof LocalDate d ? d : LocalDate.parse(text(value));
                case DATETIME -> toInstant(value);
                case TIME -> value instanceof LocalTime t ? t : LocalTime.parse(text(value));
                case DURATION -> value instanceof Duration d ? d : Duration.parse(text(value));
                case UUID -> value instanceof UUID u ? u : UUID.fromString(text(value));
                case BINARY -> {
                    if (!(value instanceof byte[] bytes)) {
                        throw new IllegalArgumentException();
                    }
                    yield bytes;
                }
                case ENUM -> value instanceof Enum<?> e ? EnumField.keyOf(e) : text(value);
            };
        } catch (RuntimeException e) {
            if (e instanceof InvalidValueError known) {
                throw known;
            }
            throw new InvalidValueError(where, value, "is not a valid " + kind + " value");
        }
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not text");
    }

    private static Integer toInt(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Math.toIntExact(((Number) value).longValue());
        }
        return Integer.valueOf(text(value).strip());
    }

    private static Long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return Long.valueOf(text(value).strip());
    }

    private static BigDecimal toDecimal(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Double d -> BigDecimal.valueOf(d);
            default -> new BigDecimal(text(value).strip());
        };
    }

    private static Boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (text(value).strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            default -> Instant.parse(text(value).strip());
        };
    }
}
