package dev.jango.processor;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Parses {@code @Default} (and {@code @Choices}) literals at compile time and turns them into Java expressions
 * that rebuild the value without parsing at run time ({@code java.time.LocalDate.of(2024, 1, 31)}).
 */
final class DefaultValues {
    /** A literal that is not a value of the field's type; the message says what was expected. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private DefaultValues() {
    }

    /**
     * The Java expression for {@code literal} as a value of a field of {@code kind}.
     *
     * @param enumType      canonical name of the enum type (ENUM only)
     * @param enumConstants the enum's constant names (ENUM only)
     */
    static String expression(String kind, String literal, int maxLength, int precision, int scale,
                             String enumType, List<String> enumConstants) throws Invalid {
        return switch (kind) {
            case "AUTO", "INT" -> Integer.toString(parse(literal, "an int", Integer::parseInt));
            case "BIG_AUTO", "LONG" -> parse(literal, "a long", Long::parseLong) + "L";
            case "DOUBLE" -> {
                double d = parse(literal, "a double", Double::parseDouble);
                if (!Double.isFinite(d)) {
                    throw new Invalid("expected a finite double");
                }
                yield Double.toString(d);
            }
            case "BOOLEAN" -> switch (literal) {
                case "true", "false" -> literal;
                default -> throw new Invalid("expected true or false");
            };
            case "DECIMAL" -> decimal(literal, precision, scale);
            case "CHAR" -> {
                if (literal.length() > maxLength) {
                    throw new Invalid("longer than @Char(max = " + maxLength + ")");
                }
                yield Names.literal(literal);
            }
            case "TEXT", "JSON" -> Names.literal(literal);
            case "DATE" -> {
                LocalDate d = parse(literal, "an ISO date (2024-01-31)", LocalDate::parse);
                yield "java.time.LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
            }
            case "TIME" -> {
                LocalTime t = parse(literal, "an ISO time (13:45:00)", LocalTime::parse);
                yield "java.time.LocalTime.ofNanoOfDay(" + t.toNanoOfDay() + "L)";
            }
            case "DATETIME" -> {
                Instant i = parse(literal, "an ISO instant (2024-01-31T12:00:00Z)", Instant::parse);
                yield "java.time.Instant.ofEpochSecond(" + i.getEpochSecond() + "L, " + i.getNano() + ")";
            }
            case "DURATION" -> {
                Duration d = parse(literal, "an ISO-8601 duration (PT15M)", Duration::parse);
                yield "java.time.Duration.ofSeconds(" + d.getSeconds() + "L, " + d.getNano() + ")";
            }
            case "UUID" -> {
                UUID u = parse(literal, "a UUID", DefaultValues::uuid);
                yield "new java.util.UUID(" + u.getMostSignificantBits() + "L, " + u.getLeastSignificantBits() + "L)";
            }
            case "ENUM" -> {
                if (!enumConstants.contains(literal)) {
                    throw new Invalid("expected a constant of " + enumType + " " + enumConstants);
                }
                yield enumType + "." + literal;
            }
            case "BINARY" -> throw new Invalid("binary fields take no default");
            default -> throw new IllegalStateException("unknown kind " + kind);
        };
    }

    private static String decimal(String literal, int precision, int scale) throws Invalid {
        BigDecimal d = parse(literal, "a decimal", BigDecimal::new);
        if (d.scale() > scale) {
            throw new Invalid("more than " + scale + " digits after the point");
        }
        if (d.precision() - d.scale() > precision - scale) {
            throw new Invalid("more than " + (precision - scale) + " digits before the point");
        }
        return "new java.math.BigDecimal(" + Names.literal(d.toPlainString()) + ")";
    }

    private static UUID uuid(String s) {
        UUID u = UUID.fromString(s);
        // fromString accepts short groups ("1-2-3-4-5"); a default must be written in full.
        if (!u.toString().equalsIgnoreCase(s)) {
            throw new IllegalArgumentException(s);
        }
        return u;
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T parse(String literal, String expected, Parser<T> parser) throws Invalid {
        try {
            return parser.parse(literal.strip().equals(literal) ? literal : "\u0000");
        } catch (RuntimeException e) {
            // NumberFormatException, DateTimeParseException, IllegalArgumentException: all mean "not a value".
            throw new Invalid("expected " + expected);
        }
    }
}
