package dev.jango.web.routing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compiled routes: {@link #resolve} a request path to a view and its arguments, {@link #reverse} a route name
 * and arguments back to a path. Immutable; build it once at start-up. Literal segments beat converters at the same
 * position; among converters the first registered wins.
 *
 * <pre>{@code
 * Router router = Router.builder()
 *         .converter(new YearConverter())
 *         .add(Routes.path("archive/<year:y>/", Archive::year, "archive-year"))
 *         .build();
 * router.reverse("archive-year", Year.of(2026));   // "/archive/2026/"
 * }</pre>
 */
public final class Router {
    private final RouteNode root;
    private final List<Route> routes;
    private final Map<String, List<Route>> byName;
    private final int maxParams;

    private Router(RouteNode root, List<Route> routes, Map<String, List<Route>> byName, int maxParams) {
        this.root = root;
        this.routes = routes;
        this.byName = byName;
        this.maxParams = maxParams;
    }

    /** Compiles {@code defs} with the built-in converters. */
    public static Router of(Routes.Def... defs) {
        return builder().add(defs).build();
    }

    /** Compiles {@code defs} with the built-in converters. */
    public static Router of(List<Routes.Def> defs) {
        return builder().add(defs.toArray(Routes.Def[]::new)).build();
    }

    /** A builder, for custom converters. */
    public static Builder builder() {
        return new Builder();
    }

    /** The route for {@code path} (decoded, starting with {@code /}) and its converted arguments. */
    public Optional<RouteMatch> resolve(String path) {
        String[] segs = split(path);
        Object[] args = new Object[maxParams];
        Route r = root.match(segs, 0, args, 0);
        if (r == null) {
            return Optional.empty();
        }
        List<PathPattern.Param> params = r.pattern().params();
        if (params.isEmpty()) {
            return Optional.of(new RouteMatch(r, Map.of()));
        }
        if (params.size() == 1) {
            return Optional.of(new RouteMatch(r, Map.of(params.getFirst().name(), args[0])));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            named.put(params.get(i).name(), args[i]);
        }
        return Optional.of(new RouteMatch(r, java.util.Collections.unmodifiableMap(named)));
    }

    /** Whether some route matches {@code path}. */
    public boolean matches(String path) {
        return root.match(split(path), 0, new Object[maxParams], 0) != null;
    }

    /** The path of route {@code name} ({@code namespace:name}) with positional {@code args}. */
    public String reverse(String name, Object... args) {
        List<Route> candidates = candidates(name);
        for (Route r : candidates) {
            List<PathPattern.Param> params = r.pattern().params();
            if (params.size() == args.length) {
                Map<String, Object> kw = new HashMap<>();
                for (int i = 0; i < args.length; i++) {
                    kw.put(params.get(i).name(), args[i]);
                }
                String url = render(r, kw);
                if (url != null) {
                    return url;
                }
            }
        }
        throw noMatch(name, Arrays.toString(args), candidates);
    }

    /** The path of route {@code name} with arguments by parameter name. */
    public String reverse(String name, Map<String, ?> kwargs) {
        List<Route> candidates = candidates(name);
        for (Route r : candidates) {
            if (r.pattern().params().size() == kwargs.size()) {
                String url = render(r, kwargs);
                if (url != null) {
                    return url;
                }
            }
        }
        throw noMatch(name, kwargs.toString(), candidates);
    }

    /** Every route, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    /** The trie as indented text, for debugging (and the 404 debug page). */
    public String dump() {
        StringBuilder out = new StringBuilder("/\n");
        root.dump(out, "  ");
        return out.toString();
    }

    @Override
    public String toString() {
        return "Router[" + routes.size() + " routes]";
    }

    private List<Route> candidates(String name) {
        List<Route> c = byName.get(name);
        if (c == null) {
            throw new NoReverseMatch("reverse for '" + name + "' not found: no route is named '" + name + "'"
                    + (name.contains(":") ? "" : " (namespaced routes need 'namespace:" + name + "')"));
        }
        return c;
    }

    private static NoReverseMatch noMatch(String name, String given, List<Route> candidates) {
        String tried = candidates.stream()
                .map(r -> r.pattern().text() + " (expects " + (r.pattern().params().isEmpty() ? "no arguments"
                        : r.pattern().params().stream().map(Object::toString).collect(Collectors.joining(", "))) + ")")
                .collect(Collectors.joining("; "));
        return new NoReverseMatch("reverse for '" + name + "' with arguments " + given + " not found; tried: " + tried);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String render(Route r, Map<String, ?> kwargs) {
        StringBuilder out = new StringBuilder("/");
        List<PathPattern.Segment> segments = r.pattern().segments();
        for (int s = 0; s < segments.size(); s++) {
            if (s > 0) {
                out.append('/');
            }
            for (PathPattern.Part part : segments.get(s).parts()) {
                switch (part) {
                    case PathPattern.Literal l -> out.append(encode(l.text(), false));
                    case PathPattern.Param p -> {
                        if (!kwargs.containsKey(p.name())) {
                            return null;
                        }
                        Object v = kwargs.get(p.name());
                        Converter c = p.converter();
                        String text;
                        if (c.type().isInstance(v)) {
                            try {
                                text = c.toUrl(v);
                            } catch (IllegalArgumentException e) {
                                return null;
                            }
                        } else if (v != null) {
                            text = v.toString();
                        } else {
                            return null;
                        }
                        if (!c.matches(text)) {
                            return null;
                        }
                        out.append(encode(text, c.spansSegments()));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String encode(String s, boolean keepSlash) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@".indexOf(c) >= 0
                    || keepSlash && c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    static String[] split(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int n = 1;
        for (int i = start; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                n++;
            }
        }
        String[] segs = new String[n];
        int k = 0;
        int from = start;
        for (int i = start; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                segs[k++] = path.substring(from, i);
                from = i + 1;
            }
        }
        segs[k] = path.substring(from);
        return segs;
    }

    /** Collects converters and definitions. */
    public static final class Builder {
        private Converters converters = Converters.builtIn();
        private final List<Routes.Def> defs = new ArrayList<>();

        private Builder() {}

        /** Registers a user-defined converter, usable in patterns added before or after. */
        public Builder converter(Converter<?> converter) {
            converters = converters.with(converter);
            return this;
        }

        /** Adds definitions. */
        public Builder add(Routes.Def... more) {
            defs.addAll(Arrays.asList(more));
            return this;
        }

        /** Compiles; {@link InvalidRoute} for a bad pattern, unknown converter or duplicate. */
        public Router build() {
            List<Route> routes = new ArrayList<>();
            flatten(defs, "", "", routes);
            RouteNode root = new RouteNode();
            Map<String, List<Route>> byName = new HashMap<>();
            int maxParams = 0;
            for (Route r : routes) {
                root.insert(r);
                r.name().ifPresent(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
                maxParams = Math.max(maxParams, r.pattern().params().size());
            }
            Map<String, List<Route>> frozen = new HashMap<>();
            byName.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new Router(root, List.copyOf(routes), Map.copyOf(frozen), maxParams);
        }

        private void flatten(List<Routes.Def> list, String prefix, String namespace, List<Route> out) {
            for (Routes.Def def : list) {
                switch (def) {
                    case Routes.Path p -> out.add(new Route(PathPattern.parse(prefix + p.pattern(), converters), p.view(),
                            p.name().map(n -> namespace + n)));
                    case Routes.Include inc -> {
                        if (!inc.prefix().isEmpty() && !inc.prefix().endsWith("/")) {
                            throw new InvalidRoute("include prefix '" + inc.prefix() + "' must end with '/'");
                        }
                        flatten(inc.children(), prefix + inc.prefix(),
                                namespace + inc.namespace().map(ns -> ns + ":").orElse(""), out);
                    }
                }
            }
        }
    }
}
