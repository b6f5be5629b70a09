package dev.jango.web.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable multi-map of query or form parameters, in the order they arrived.
 *
 * <pre>{@code
 * Params p = UrlEncoded.parse("tag=a&tag=b&q=x", 100);
 * p.all("tag");   // [a, b]
 * p.first("q");   // Optional[x]
 * }</pre>
 */
public final class Params {
    private static final Params EMPTY = new Params(Map.of());

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** No parameters. */
    public static Params empty() {
        return EMPTY;
    }

    /** Parameters from alternating names and values. */
    public static Params of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Params.of needs name/value pairs, got " + namesAndValues.length + " strings");
        }
        Builder b = new Builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    /** A new empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code name}. */
    public Optional<String> first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }

    /** Every value of {@code name}. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether {@code name} was sent (possibly with an empty value). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The parameter names, in arrival order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Number of distinct names. */
    public int size() {
        return values.size();
    }

    /** Whether there are no parameters. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The parameters as an unmodifiable map of lists. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Accumulates parameters, then freezes them. */
    public static final class Builder {
        private final LinkedHashMap<String, List<String>> values = new LinkedHashMap<>();

        private Builder() {}

        /** Appends a value. */
        public Builder add(String name, String value) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** Number of values added so far (all names). */
        public int count() {
            int n = 0;
            for (List<String> v : values.values()) {
                n += v.size();
            }
            return n;
        }

        /** The frozen parameters. */
        public Params build() {
            if (values.isEmpty()) {
                return EMPTY;
            }
            LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Params(Collections.unmodifiableMap(copy));
        }
    }
}
