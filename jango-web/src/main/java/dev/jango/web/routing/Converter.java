package dev.jango.web.routing;

/**
 * Turns one path segment (or, for {@link #spansSegments()} converters, several) into a typed value and back. The
 * built-in ones are {@code int}, {@code long}, {@code str}, {@code slug}, {@code uuid} and {@code path}; register
 * your own with {@link Router.Builder#converter(Converter)}.
 *
 * <pre>{@code
 * record YearConverter() implements Converter<Year> {
 *     public String name() { return "year"; }
 *     public Class<Year> type() { return Year.class; }
 *     public String regex() { return "[0-9]{4}"; }
 *     public boolean matches(String s) { return s.length() == 4 && s.chars().allMatch(Character::isDigit); }
 *     public Year toJava(String s) { return Year.of(Integer.parseInt(s)); }
 *     public String toUrl(Year y) { return String.format("%04d", y.getValue()); }
 * }
 * // pattern: "archive/<year:y>/"
 * }</pre>
 *
 * @param <T> the Java type of converted values
 */
public interface Converter<T> {
    /** The name used in patterns: {@code <name:param>}. */
    String name();

    /** The Java type {@link #toJava} returns and {@link #toUrl} accepts. */
    Class<T> type();

    /** A regular expression for the accepted text, used when the parameter shares a segment with literal text. */
    String regex();

    /** Whether {@code text} (already percent-decoded) is acceptable; must agree with {@link #regex()}. */
    boolean matches(String text);

    /** Converts accepted text; may throw {@link IllegalArgumentException} to reject it after all. */
    T toJava(String text);

    /** Renders a value for {@code reverse}; the result must satisfy {@link #matches}. */
    String toUrl(T value);

    /** Whether the value may contain {@code /} (the {@code path} converter); such a parameter fills whole segments. */
    default boolean spansSegments() {
        return false;
    }
}
