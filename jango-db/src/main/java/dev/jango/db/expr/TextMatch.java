package dev.jango.db.expr;

/**
 * The pattern lookups: {@code iexact}, {@code contains}, {@code icontains}, {@code startswith},
 * {@code istartswith}, {@code endswith}, {@code iendswith}. The user's text is always a bound parameter with
 * LIKE wildcards escaped; each dialect picks the operator that gives the required case sensitivity.
 *
 * @param expression      the text expression
 * @param mode            where the text must occur
 * @param caseInsensitive true for the {@code i…} variants
 * @param text            the user's text, unescaped
 */
public record TextMatch(Expression expression, Mode mode, boolean caseInsensitive, String text)
        implements Condition {
    /** Where the text must occur. */
    public enum Mode {
        EXACT, CONTAINS, STARTS_WITH, ENDS_WITH;

        /** Wraps an already escaped text with the wildcard the mode needs. */
        public String pattern(String escaped, String anyWildcard) {
            return switch (this) {
                case EXACT -> escaped;
                case CONTAINS -> anyWildcard + escaped + anyWildcard;
                case STARTS_WITH -> escaped + anyWildcard;
                case ENDS_WITH -> anyWildcard + escaped;
            };
        }
    }

    /** Escapes {@code \}, {@code %} and {@code _} for {@code LIKE … ESCAPE '\'}. */
    public static String escapeLike(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Escapes {@code *}, {@code ?} and {@code [} for SQLite's case-sensitive {@code GLOB}. */
    public static String escapeGlob(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*' -> b.append("[*]");
                case '?' -> b.append("[?]");
                case '[' -> b.append("[[]");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public void render(SqlWriter w) {
        w.dialect().renderTextMatch(w, this);
    }

    @Override
    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append(caseInsensitive ? "I" : "").append(mode.name());
    }
}
