package dev.jango.web.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches one non-literal request segment and writes its converted values into the argument array. A segment that
 * is one parameter asks its converter directly (no regex); a mixed one ({@code page-<int:n>.html}) compiles a regex
 * once, at registration.
 */
final class SegmentMatcher {
    private final PathPattern.Segment segment;
    private final List<PathPattern.Param> params;
    private final Pattern regex;

    SegmentMatcher(PathPattern.Segment segment) {
        this.segment = segment;
        this.params = new ArrayList<>();
        StringBuilder re = new StringBuilder();
        for (PathPattern.Part part : segment.parts()) {
            switch (part) {
                case PathPattern.Literal l -> re.append(Pattern.quote(l.text()));
                case PathPattern.Param p -> {
                    params.add(p);
                    re.append('(').append(p.converter().regex()).append(')');
                }
            }
        }
        this.regex = segment.parts().size() == 1 ? null : Pattern.compile(re.toString());
    }

    /** The key under which equal matchers share a trie edge. */
    String key() {
        return segment.source();
    }

    int paramCount() {
        return params.size();
    }

    boolean spansSegments() {
        return params.size() == 1 && params.getFirst().converter().spansSegments();
    }

    /** Converts {@code text} into {@code args[at…]}; false if it does not match. */
    boolean match(String text, Object[] args, int at) {
        if (regex == null) {
            return convert(params.getFirst().converter(), text, args, at);
        }
        Matcher m = regex.matcher(text);
        if (!m.matches()) {
            return false;
        }
        for (int i = 0; i < params.size(); i++) {
            if (!convert(params.get(i).converter(), m.group(i + 1), args, at + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean convert(Converter<?> converter, String text, Object[] args, int at) {
        if (!converter.matches(text)) {
            return false;
        }
        try {
            args[at] = converter.toJava(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
