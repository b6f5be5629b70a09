package dev.jango.web.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed route pattern such as {@code books/<int:id>/}: segments split on {@code /}, each literal text, parameters
 * or a mix. A trailing {@code /} is a final empty segment, so {@code books/} and {@code books} are different routes.
 *
 * <pre>{@code
 * PathPattern p = PathPattern.parse("books/<int:id>/", Converters.builtIn());
 * p.params();   // [id:int]
 * }</pre>
 *
 * @param text the pattern as written
 * @param segments its segments in order
 * @param params its parameters in order
 */
public record PathPattern(String text, List<Segment> segments, List<Param> params) {

    /** One piece of a segment. */
    public sealed interface Part {}

    /** Literal text (already decoded form: matched against the decoded request path). */
    public record Literal(String text) implements Part {}

    /** A {@code <converter:name>} parameter. */
    public record Param(String name, Converter<?> converter) implements Part {
        @Override
        public String toString() {
            return name + ":" + converter.name();
        }
    }

    /** The parts of one {@code /}-separated segment. */
    public record Segment(List<Part> parts) {
        /** Whether the segment is plain text. */
        public boolean isLiteral() {
            return parts.size() == 1 && parts.getFirst() instanceof Literal || parts.isEmpty();
        }

        /** The text of a literal segment. */
        public String literal() {
            return parts.isEmpty() ? "" : ((Literal) parts.getFirst()).text();
        }

        /** The segment as written in the pattern. */
        public String source() {
            StringBuilder sb = new StringBuilder();
            for (Part p : parts) {
                switch (p) {
                    case Literal l -> sb.append(l.text());
                    case Param pr -> sb.append('<').append(pr.converter().name()).append(':').append(pr.name()).append('>');
                }
            }
            return sb.toString();
        }
    }

    /** Parses {@code text} with the converters of {@code converters}. */
    public static PathPattern parse(String text, Converters converters) {
        if (text.startsWith("/")) {
            throw new InvalidRoute("pattern '" + text + "' must not start with '/' (patterns are relative: 'books/')");
        }
        List<Segment> segments = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String raw : text.split("/", -1)) {
            List<Part> parts = parseSegment(text, raw, converters);
            for (Part p : parts) {
                if (p instanceof Param param) {
                    if (!names.add(param.name())) {
                        throw new InvalidRoute("parameter '" + param.name() + "' appears twice in pattern '" + text + "'");
                    }
                    if (param.converter().spansSegments() && parts.size() != 1) {
                        throw new InvalidRoute("'" + param + "' must fill a whole segment in pattern '" + text
                                + "' (its values contain '/')");
                    }
                    params.add(param);
                }
            }
            segments.add(new Segment(List.copyOf(parts)));
        }
        if (text.isEmpty()) {
            segments = List.of(new Segment(List.of()));
        }
        return new PathPattern(text, List.copyOf(segments), List.copyOf(params));
    }

    private static List<Part> parseSegment(String pattern, String raw, Converters converters) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < raw.length()) {
            int open = raw.indexOf('<', i);
            int close = raw.indexOf('>', i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new InvalidRoute("unmatched '>' in pattern '" + pattern + "'");
            }
            if (open < 0) {
                parts.add(new Literal(raw.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Literal(raw.substring(i, open)));
            }
            if (close < 0) {
                throw new InvalidRoute("unclosed '<' in pattern '" + pattern + "'");
            }
            if (!parts.isEmpty() && parts.getLast() instanceof Param) {
                throw new InvalidRoute("two parameters without text between them in pattern '" + pattern
                        + "' (where would one end?)");
            }
            parts.add(param(pattern, raw.substring(open + 1, close), converters));
            i = close + 1;
        }
        return parts;
    }

    private static Param param(String pattern, String spec, Converters converters) {
        int colon = spec.indexOf(':');
        String conv = colon < 0 ? "str" : spec.substring(0, colon);
        String name = colon < 0 ? spec : spec.substring(colon + 1);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
                || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
            throw new InvalidRoute("parameter name '" + name + "' in pattern '" + pattern + "' is not an identifier");
        }
        Converter<?> converter = converters.get(conv).orElseThrow(() -> new InvalidRoute(
                "unknown converter '" + conv + "' in pattern '" + pattern + "'; known: "
                        + String.join(", ", converters.names())));
        return new Param(name, converter);
    }

    @Override
    public String toString() {
        return text;
    }
}
