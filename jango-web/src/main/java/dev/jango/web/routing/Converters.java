package dev.jango.web.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The built-in {@link Converter}s and an immutable registry of converters by name.
 *
 * <pre>{@code
 * Converters c = Converters.builtIn().with(new YearConverter());
 * c.get("int");   // Optional[int]
 * }</pre>
 */
public final class Converters {
    /** {@code int}: decimal digits that fit in an {@link Integer}. */
    public static final Converter<Integer> INT = new Digits<>("int", Integer.class, 9) {
        @Override
        public Integer toJava(String text) {
            return Integer.valueOf(text);
        }
    };

    /** {@code long}: decimal digits that fit in a {@link Long} (primary keys). */
    public static final Converter<Long> LONG = new Digits<>("long", Long.class, 18) {
        @Override
        public Long toJava(String text) {
            return Long.valueOf(text);
        }
    };

    /** {@code str}: any non-empty text without {@code /} (the default converter). */
    public static final Converter<String> STR = new Text("str", "[^/]+") {
        @Override
        public boolean matches(String text) {
            return !text.isEmpty() && text.indexOf('/') < 0;
        }
    };

    /** {@code slug}: ASCII letters, digits, hyphens and underscores. */
    public static final Converter<String> SLUG = new Text("slug", "[-a-zA-Z0-9_]+") {
        @Override
        public boolean matches(String text) {
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                    return false;
                }
            }
            return true;
        }
    };

    /** {@code path}: non-empty text that may contain {@code /}. */
    public static final Converter<String> PATH = new Text("path", ".+") {
        @Override
        public boolean matches(String text) {
            return !text.isEmpty();
        }

        @Override
        public boolean spansSegments() {
            return true;
        }
    };

    /** {@code uuid}: a lower-case canonical UUID, as {@link UUID}. */
    public static final Converter<UUID> UUID_CONVERTER = new Converter<>() {
        @Override
        public String name() {
            return "uuid";
        }

        @Override
        public Class<UUID> type() {
            return UUID.class;
        }

        @Override
        public String regex() {
            return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        }

        @Override
        public boolean matches(String text) {
            if (text.length() != 36) {
                return false;
            }
            for (int i = 0; i < 36; i++) {
                char c = text.charAt(i);
                boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
                if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public UUID toJava(String text) {
            return UUID.fromString(text);
        }

        @Override
        public String toUrl(UUID value) {
            return value.toString();
        }

        @Override
        public String toString() {
            return "uuid";
        }
    };

    private static final Converters BUILT_IN = new Converters(Map.of()).with(INT).with(LONG).with(STR).with(SLUG)
            .with(PATH).with(UUID_CONVERTER);

    private final Map<String, Converter<?>> byName;

    private Converters(Map<String, Converter<?>> byName) {
        this.byName = byName;
    }

    /** int, long, str, slug, uuid, path. */
    public static Converters builtIn() {
        return BUILT_IN;
    }

    /** A registry that also knows {@code converter} (replacing a same-named one). */
    public Converters with(Converter<?> converter) {
        String name = converter.name();
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw new IllegalArgumentException("converter name must be letters, digits or '_', got '" + name + "'");
        }
        Map<String, Converter<?>> next = new LinkedHashMap<>(byName);
        next.put(name, converter);
        return new Converters(Map.copyOf(next));
    }

    /** The converter called {@code name}. */
    public Optional<Converter<?>> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The known names, sorted (for error messages). */
    public List<String> names() {
        return List.copyOf(new TreeSet<>(byName.keySet()));
    }

    private abstract static class Digits<T> implements Converter<T> {
        private final String name;
        private final Class<T> type;
        private final int safeDigits;

        Digits(String name, Class<T> type, int safeDigits) {
            this.name = name;
            this.type = type;
            this.safeDigits = safeDigits;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public String regex() {
            return "[0-9]+";
        }

        @Override
        public boolean matches(String text) {
            int n = text.length();
            if (n == 0) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            if (n <= safeDigits) {
                return true;
            }
            // Longer digit runs may overflow: a value out of range is "no match" (404), never a 500.
            try {
                toJava(text);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        @Override
        public String toUrl(T value) {
            String s = value.toString();
            if (!matches(s)) {
                throw new IllegalArgumentException(name + " converter cannot render " + s + " (negative?)");
            }
            return s;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private abstract static class Text implements Converter<String> {
        private final String name;
        private final String regex;

        Text(String name, String regex) {
            this.name = name;
            this.regex = regex;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<String> type() {
            return String.class;
        }

        @Override
        public String regex() {
            return regex;
        }

        @Override
        public String toJava(String text) {
            return text;
        }

        @Override
        public String toUrl(String value) {
            return value;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
