package dev.jango.web.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable, case-insensitive multi-map of HTTP header names to values, in insertion order per name.
 *
 * <pre>{@code
 * Headers h = Headers.of("Content-Type", "text/plain").plus("Vary", "Cookie");
 * h.first("content-type");   // Optional[text/plain]
 * }</pre>
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final TreeMap<String, List<String>> values;

    private Headers(TreeMap<String, List<String>> values) {
        this.values = values;
    }

    /** No headers. */
    public static Headers empty() {
        return EMPTY;
    }

    /** Headers from alternating name/value strings: {@code Headers.of("A", "1", "B", "2")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of needs name/value pairs, got " + namesAndValues.length + " strings");
        }
        Headers h = EMPTY;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            h = h.plus(namesAndValues[i], namesAndValues[i + 1]);
        }
        return h;
    }

    /** A builder for many headers at once (used by the server bridge; avoids one copy per header). */
    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code name}, if present. */
    public Optional<String> first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }

    /** Every value of {@code name}, possibly empty. */
    public List<String> all(String name) {
        List<String> v = values.get(name);
        return v == null ? List.of() : Collections.unmodifiableList(v);
    }

    /** Whether {@code name} is present. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The header names, in case-insensitive order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** A copy with {@code name} set to the single {@code value}, replacing earlier values. */
    public Headers with(String name, String value) {
        TreeMap<String, List<String>> copy = copy();
        copy.put(checkName(name), new ArrayList<>(List.of(checkValue(name, value))));
        return new Headers(copy);
    }

    /** A copy with {@code value} appended to {@code name}. */
    public Headers plus(String name, String value) {
        TreeMap<String, List<String>> copy = copy();
        copy.computeIfAbsent(checkName(name), k -> new ArrayList<>()).add(checkValue(name, value));
        return new Headers(copy);
    }

    /** A copy without {@code name}. */
    public Headers without(String name) {
        if (!values.containsKey(name)) {
            return this;
        }
        TreeMap<String, List<String>> copy = copy();
        copy.remove(name);
        return new Headers(copy);
    }

    /** Every name/value pair, flattened. */
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        values.forEach((k, vs) -> vs.forEach(v -> out.add(Map.entry(k, v))));
        return out;
    }

    private TreeMap<String, List<String>> copy() {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    private static String checkName(String name) {
        if (name.isEmpty() || !name.chars().allMatch(Headers::isToken)) {
            throw new IllegalArgumentException("invalid header name '" + name + "'");
        }
        return name;
    }

    private static String checkValue(String name, String value) {
        // CR/LF in a value would split the response: header injection.
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("header '" + name + "' value contains CR or LF: " + value.strip());
        }
        return value;
    }

    static boolean isToken(int c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Mutable accumulator; {@link #build()} hands out an immutable {@link Headers}. */
    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {}

        /** Appends one value. */
        public Builder add(String name, String value) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** The headers added so far. */
        public Headers build() {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
            return new Headers(copy);
        }
    }
}
