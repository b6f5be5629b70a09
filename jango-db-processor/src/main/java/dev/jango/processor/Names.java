package dev.jango.processor;

import java.util.Locale;

/** Naming conventions shared by the processor: columns, tables, singletons and verbose names. */
final class Names {
    private Names() {
    }

    /** {@code authorName} → {@code author_name}, {@code BookTag} → {@code book_tag}, {@code ISBNCode} → {@code isbn_code}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code BookTag} → {@code BOOK_TAG}. */
    static String upperSnake(String name) {
        return snake(name).toUpperCase(Locale.ROOT);
    }

    /** {@code authorName} → {@code author name}; {@code PAPER_BACK} → {@code paper back}. */
    static String verbose(String name) {
        String snake = name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : snake(name);
        return snake.replace('_', ' ').trim();
    }

    /** {@code PAPER_BACK} → {@code Paper back}: the label of an enum constant. */
    static String label(String name) {
        String v = verbose(name);
        return v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }

    /** A Java string literal for {@code s}, quotes included. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A constraint or index name that fits every backend's identifier limit (PostgreSQL: 63 bytes): long names
     * keep their start and get a stable hash suffix, so two long names stay distinct.
     */
    static String identifier(String name) {
        if (name.length() <= 63) {
            return name;
        }
        String hash = String.format("%08x", name.hashCode());
        return name.substring(0, 63 - 9) + "_" + hash;
    }
}
