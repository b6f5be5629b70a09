package dev.jango.web.forms;

import java.util.Set;

/**
 * Reusable validators with Django's messages.
 *
 * <pre>{@code
 * Fields.text("code").validator(Validators.minLength(3));
 * Fields.file("cover").validator(Validators.maxSize(2_000_000)).validator(Validators.extensions(Set.of("png", "jpg")));
 * }</pre>
 */
public final class Validators {
    private Validators() {
    }

    public static Validator<String> maxLength(int max) {
        return s -> {
            int n = s.codePointCount(0, s.length());
            if (n > max) {
                throw new ValidationError("max_length", "Ensure this value has at most " + max + " characters (it has "
                        + n + ").");
            }
        };
    }

    public static Validator<String> minLength(int min) {
        return s -> {
            int n = s.codePointCount(0, s.length());
            if (n < min) {
                throw new ValidationError("min_length", "Ensure this value has at least " + min
                        + " characters (it has " + n + ").");
            }
        };
    }

    public static <N extends Number & Comparable<N>> Validator<N> min(N min) {
        return v -> {
            if (v.compareTo(min) < 0) {
                throw new ValidationError("min_value", "Ensure this value is greater than or equal to " + min + ".");
            }
        };
    }

    public static <N extends Number & Comparable<N>> Validator<N> max(N max) {
        return v -> {
            if (v.compareTo(max) > 0) {
                throw new ValidationError("max_value", "Ensure this value is less than or equal to " + max + ".");
            }
        };
    }

    /** Files of at most {@code bytes}. */
    public static Validator<dev.jango.web.http.UploadedFile> maxSize(long bytes) {
        return f -> {
            if (f.size() > bytes) {
                throw new ValidationError("file_too_large", "Ensure this file is at most " + bytes
                        + " bytes (it has " + f.size() + ").");
            }
        };
    }

    /** Files whose name ends in one of {@code allowed} (lower case, without the dot). */
    public static Validator<dev.jango.web.http.UploadedFile> extensions(Set<String> allowed) {
        return f -> {
            String name = f.safeFilename();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
            if (!allowed.contains(ext)) {
                throw new ValidationError("invalid_extension", "File extension \"" + ext
                        + "\" is not allowed. Allowed extensions are: " + String.join(", ", new java.util.TreeSet<>(
                                allowed)) + ".");
            }
        };
    }
}
