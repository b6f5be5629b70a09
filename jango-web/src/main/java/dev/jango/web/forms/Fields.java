package dev.jango.web.forms;

import dev.jango.db.meta.Choice;
import dev.jango.web.http.UploadedFile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Factories for the standard form fields. Messages follow Django's wording so that translations and habits carry
 * over; every parser bounds the text it accepts, so hostile input costs no more than a normal value.
 *
 * <pre>{@code
 * Form f = Form.of(Fields.text("title", 200), Fields.decimal("price", 6, 2), Fields.date("published").required(false));
 * }</pre>
 */
public final class Fields {
    /** Longer numbers are refused before parsing: BigDecimal parsing cost grows with length. */
    static final int MAX_NUMBER_TEXT = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Set<String> TRUE = Set.of("true", "on", "1", "yes");

    private Fields() {
    }

    /** Free text, stripped, any length. */
    public static FormField<String> text(String name) {
        return FormField.create(name, String.class, s -> s, Widget.of(Widget.Kind.TEXT));
    }

    /** Free text of at most {@code maxLength} characters. */
    public static FormField<String> text(String name, int maxLength) {
        return text(name).validator(Validators.maxLength(maxLength)).attr("maxlength", String.valueOf(maxLength));
    }

    /** Multi-line text. */
    public static FormField<String> textarea(String name) {
        return text(name).widget(Widget.of(Widget.Kind.TEXTAREA));
    }

    /** An e-mail address (at most 254 characters). */
    public static FormField<String> email(String name) {
        return FormField.create(name, String.class, s -> {
            if (s.length() > 254 || !EMAIL.matcher(s).matches()) {
                throw new ValidationError("invalid", "Enter a valid email address.");
            }
            return s;
        }, Widget.of(Widget.Kind.EMAIL)).attr("maxlength", "254");
    }

    /** A password: never re-displayed, not stripped. */
    public static FormField<String> password(String name) {
        return text(name).widget(Widget.of(Widget.Kind.PASSWORD)).strip(false);
    }

    public static FormField<Integer> integer(String name) {
        return FormField.create(name, Integer.class, s -> {
            try {
                return Integer.valueOf(numberText(s, "Enter a whole number."));
            } catch (NumberFormatException e) {
                throw new ValidationError("invalid", "Enter a whole number.");
            }
        }, Widget.of(Widget.Kind.NUMBER));
    }

    /** A whole number between {@code min} and {@code max} inclusive. */
    public static FormField<Integer> integer(String name, int min, int max) {
        return integer(name).validator(Validators.min(min)).validator(Validators.max(max))
                .attr("min", String.valueOf(min)).attr("max", String.valueOf(max));
    }

    public static FormField<Long> longInteger(String name) {
        return FormField.create(name, Long.class, s -> {
            try {
                return Long.valueOf(numberText(s, "Enter a whole number."));
            } catch (NumberFormatException e) {
                throw new ValidationError("invalid", "Enter a whole number.");
            }
        }, Widget.of(Widget.Kind.NUMBER));
    }

    public static FormField<Double> floating(String name) {
        return FormField.create(name, Double.class, s -> {
            try {
                // Double.parseDouble also takes NaN, Infinity, hex and "1d": none of those is a number a person types.
                if (!FLOAT.matcher(numberText(s, "Enter a number.")).matches()) {
                    throw new NumberFormatException(s);
                }
                double d = Double.parseDouble(s);
                if (Double.isInfinite(d)) {
                    throw new NumberFormatException(s);
                }
                return d;
            } catch (NumberFormatException e) {
                throw new ValidationError("invalid", "Enter a number.");
            }
        }, Widget.of(Widget.Kind.NUMBER)).attr("step", "any");
    }

    /** A decimal with at most {@code maxDigits} digits, {@code places} of them after the point. */
    public static FormField<BigDecimal> decimal(String name, int maxDigits, int places) {
        if (maxDigits <= 0 || places < 0 || places > maxDigits) {
            throw new IllegalArgumentException("decimal field '" + name + "': maxDigits " + maxDigits
                    + " and places " + places + " must satisfy 0 <= places <= maxDigits, maxDigits > 0");
        }
        return FormField.create(name, BigDecimal.class, s -> Decimals.parse(numberText(s, "Enter a number."),
                maxDigits, places), Widget.of(Widget.Kind.NUMBER))
                .attr("step", places == 0 ? "1" : BigDecimal.ONE.movePointLeft(places).toPlainString())
                .formatter(v -> ((BigDecimal) v).toPlainString());
    }

    /** A check box: unchecked (absent) means {@code false}, so it is never "required" unless made so. */
    public static FormField<Boolean> bool(String name) {
        return FormField.create(name, Boolean.class, s -> isTruthy(s), Widget.of(Widget.Kind.CHECKBOX))
                .required(false).emptyValue(Boolean.FALSE);
    }

    /** An ISO date ({@code 2024-01-31}), as the browser's date input sends it. */
    public static FormField<LocalDate> date(String name) {
        return FormField.create(name, LocalDate.class, s -> {
            try {
                return LocalDate.parse(bounded(s, 10, "Enter a valid date."));
            } catch (DateTimeParseException e) {
                throw new ValidationError("invalid", "Enter a valid date.");
            }
        }, Widget.of(Widget.Kind.DATE));
    }

    /** A moment: {@code 2024-01-31T10:15[:30]} read as UTC, or with an explicit offset ({@code …+02:00}, {@code Z}). */
    public static FormField<Instant> dateTime(String name) {
        return FormField.create(name, Instant.class, s -> {
            String t = bounded(s, 40, "Enter a valid date/time.");
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeParseException e2) {
                    throw new ValidationError("invalid", "Enter a valid date/time.");
                }
            }
        }, Widget.of(Widget.Kind.DATETIME)).formatter(v -> LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC)
                .toString());
    }

    public static FormField<LocalTime> time(String name) {
        return FormField.create(name, LocalTime.class, s -> {
            try {
                return LocalTime.parse(bounded(s, 18, "Enter a valid time."));
            } catch (DateTimeParseException e) {
                throw new ValidationError("invalid", "Enter a valid time.");
            }
        }, Widget.of(Widget.Kind.TIME));
    }

    public static FormField<UUID> uuid(String name) {
        return FormField.create(name, UUID.class, s -> {
            String t = bounded(s, 36, "Enter a valid UUID.");
            if (!t.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new ValidationError("invalid", "Enter a valid UUID.");
            }
            return UUID.fromString(t);
        }, Widget.of(Widget.Kind.TEXT));
    }

    /** One of {@code choices} (by value), drawn as a select. */
    public static FormField<String> choice(String name, List<Choice> choices) {
        Set<String> allowed = choices.stream().map(Choice::value).collect(java.util.stream.Collectors.toSet());
        return FormField.create(name, String.class, s -> {
            if (!allowed.contains(s)) {
                throw new ValidationError("invalid_choice", "Select a valid choice. "
                        + (s.length() > 50 ? s.substring(0, 50) + "…" : s) + " is not one of the available choices.");
            }
            return s;
        }, Widget.of(Widget.Kind.SELECT)).choices(choices);
    }

    /** An uploaded file; store it with a {@link dev.jango.web.forms.storage.Storage} after validation. */
    public static FormField<UploadedFile> file(String name) {
        return FormField.create(name, UploadedFile.class, s -> {
            throw new IllegalStateException("file field '" + name + "' is cleaned from the uploaded files");
        }, Widget.of(Widget.Kind.FILE)).validator(f -> {
            if (f.size() == 0) {
                throw new ValidationError("empty", "The submitted file is empty.");
            }
        });
    }

    static boolean isTruthy(String value) {
        return TRUE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String numberText(String s, String message) {
        return bounded(s, MAX_NUMBER_TEXT, message);
    }

    private static String bounded(String s, int max, String message) {
        if (s.length() > max) {
            throw new ValidationError("invalid", message);
        }
        return s;
    }
}
