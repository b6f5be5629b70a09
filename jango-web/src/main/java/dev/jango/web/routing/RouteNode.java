package dev.jango.web.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node of the segment trie. Literal children are found by hash lookup, so resolution cost depends on the depth of
 * the path, not on the number of routes; dynamic children are tried in registration order, with backtracking.
 * Built once by {@link Router}, then only read.
 */
final class RouteNode {
    private record Edge(SegmentMatcher matcher, RouteNode child) {}

    private final Map<String, RouteNode> literals = new HashMap<>();
    private final List<Edge> dynamic = new ArrayList<>();
    private final List<Edge> spanning = new ArrayList<>();
    private Route route;

    /** Adds {@code r}; an identical pattern registered twice is an error. */
    void insert(Route r) {
        RouteNode node = this;
        for (PathPattern.Segment segment : r.pattern().segments()) {
            node = segment.isLiteral() ? node.literals.computeIfAbsent(segment.literal(), k -> new RouteNode())
                    : node.child(new SegmentMatcher(segment));
        }
        if (node.route != null) {
            throw new InvalidRoute("pattern '" + r.pattern().text() + "' is registered twice: " + node.route + " and " + r);
        }
        node.route = r;
    }

    private RouteNode child(SegmentMatcher matcher) {
        List<Edge> edges = matcher.spansSegments() ? spanning : dynamic;
        for (Edge e : edges) {
            if (e.matcher().key().equals(matcher.key())) {
                return e.child();
            }
        }
        RouteNode child = new RouteNode();
        edges.add(new Edge(matcher, child));
        return child;
    }

    /** The route matching {@code segs[i…]}, filling {@code args[argc…]}; null if none. */
    Route match(String[] segs, int i, Object[] args, int argc) {
        if (i == segs.length) {
            return route;
        }
        RouteNode lit = literals.get(segs[i]);
        if (lit != null) {
            Route r = lit.match(segs, i + 1, args, argc);
            if (r != null) {
                return r;
            }
        }
        for (Edge e : dynamic) {
            if (e.matcher().match(segs[i], args, argc)) {
                Route r = e.child().match(segs, i + 1, args, argc + e.matcher().paramCount());
                if (r != null) {
                    return r;
                }
            }
        }
        for (Edge e : spanning) {
            // Longest first, like a greedy '.+': "files/<path:p>" takes "a/b/c" whole.
            for (int j = segs.length; j > i; j--) {
                if (e.matcher().match(String.join("/", java.util.Arrays.asList(segs).subList(i, j)), args, argc)) {
                    Route r = e.child().match(segs, j, args, argc + 1);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** Appends this subtree to {@code out}, one node per line. */
    void dump(StringBuilder out, String indent) {
        if (route != null) {
            out.append(indent).append("=> ").append(route).append('\n');
        }
        for (Map.Entry<String, RouteNode> e : new TreeMap<>(literals).entrySet()) {
            out.append(indent).append(e.getKey().isEmpty() ? "(end /)" : "\"" + e.getKey() + "\"").append('\n');
            e.getValue().dump(out, indent + "  ");
        }
        for (Edge e : dynamic) {
            out.append(indent).append(e.matcher().key()).append('\n');
            e.child().dump(out, indent + "  ");
        }
        for (Edge e : spanning) {
            out.append(indent).append(e.matcher().key()).append(" (spans /)\n");
            e.child().dump(out, indent + "  ");
        }
    }
}
