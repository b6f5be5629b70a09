package dev.jango.web.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Immutable, case-insensitive multi-map of HTTP header names to values, in insertion order per name.
 *
 * <pre>{@code
 * Headers h = Headers.of("Content-Type", "text/plain").plus("Vary", "Cookie");
 * h.first("content-type");   // Optional[text/plain]
 * }</pre>
 *
 * <p>Stored flat: two parallel arrays sorted by name (case-insensitive; equal names keep insertion order), built
 * once. A request has a dozen headers and a response a handful, so a binary search over one array beats a map of
 * lists, and a copy for {@link #with} is two array copies instead of one list per name.
 */
public final class Headers {
    private static final String[] NONE = new String[0];
    private static final Headers EMPTY = new Headers(NONE, NONE);

    // names[i] / values[i] is one header line; sorted by String.CASE_INSENSITIVE_ORDER, stable.
    private final String[] names;
    private final String[] values;

    private Headers(String[] names, String[] values) {
        this.names = names;
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
        Builder b = new Builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.add(checkName(namesAndValues[i]), checkValue(namesAndValues[i], namesAndValues[i + 1]));
        }
        return b.build();
    }

    /** A builder for many headers at once (used by the server bridge; avoids one copy per header). */
    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code name}, if present. */
    public Optional<String> first(String name) {
        int i = lowest(name);
        return i < 0 ? Optional.empty() : Optional.of(values[i]);
    }

    /** Every value of {@code name}, possibly empty. */
    public List<String> all(String name) {
        int from = lowest(name);
        if (from < 0) {
            return List.of();
        }
        int to = end(from);
        return to - from == 1 ? List.of(values[from]) : List.of(Arrays.copyOfRange(values, from, to));
    }

    /** Whether {@code name} is present. */
    public boolean has(String name) {
        return lowest(name) >= 0;
    }

    /** The number of name/value pairs. */
    public int size() {
        return names.length;
    }

    /** The header names (first spelling of each), in case-insensitive order. */
    public Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < names.length; i = end(i)) {
            out.add(names[i]);
        }
        return Collections.unmodifiableSet(out);
    }

    /** A copy with {@code name} set to the single {@code value}, replacing earlier values. */
    public Headers with(String name, String value) {
        checkName(name);
        checkValue(name, value);
        int from = lowest(name);
        return from >= 0 ? replaced(from, end(from), name, value) : replaced(-from - 1, -from - 1, name, value);
    }

    /** A copy with {@code value} appended to {@code name}. */
    public Headers plus(String name, String value) {
        checkName(name);
        checkValue(name, value);
        int from = lowest(name);
        int at = from >= 0 ? end(from) : -from - 1;
        return replaced(at, at, name, value);
    }

    /**
     * A copy that adds every header of {@code defaults} whose name this does not have; one merge of two sorted
     * arrays, where a {@link #with} per default would copy once each.
     */
    public Headers withDefaults(Headers defaults) {
        String[] n = new String[names.length + defaults.names.length];
        String[] v = new String[n.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < names.length || j < defaults.names.length) {
            int c = i == names.length ? 1 : j == defaults.names.length ? -1
                    : String.CASE_INSENSITIVE_ORDER.compare(names[i], defaults.names[j]);
            if (c <= 0) {
                n[k] = names[i];
                v[k++] = values[i++];
                if (c == 0) {
                    j = defaults.end(j); // this has the name: skip every default value of it
                }
            } else {
                n[k] = defaults.names[j];
                v[k++] = defaults.values[j++];
            }
        }
        return k == names.length ? this : new Headers(Arrays.copyOf(n, k), Arrays.copyOf(v, k));
    }

    /** A copy without {@code name}. */
    public Headers without(String name) {
        int from = lowest(name);
        if (from < 0) {
            return this;
        }
        int to = end(from);
        String[] n = new String[names.length - (to - from)];
        String[] v = new String[n.length];
        System.arraycopy(names, 0, n, 0, from);
        System.arraycopy(values, 0, v, 0, from);
        System.arraycopy(names, to, n, from, names.length - to);
        System.arraycopy(values, to, v, from, names.length - to);
        return new Headers(n, v);
    }

    /** Calls {@code action} with every name/value pair, in order, without building entries. */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    /** Every name/value pair, flattened. */
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            out.add(Map.entry(names[i], values[i]));
        }
        return out;
    }

    /** A copy with the pairs {@code [from, to)} replaced by one pair ({@code from == to}: inserted there). */
    private Headers replaced(int from, int to, String name, String value) {
        String[] n = new String[names.length - (to - from) + 1];
        String[] v = new String[n.length];
        System.arraycopy(names, 0, n, 0, from);
        System.arraycopy(values, 0, v, 0, from);
        n[from] = name;
        v[from] = value;
        System.arraycopy(names, to, n, from + 1, names.length - to);
        System.arraycopy(values, to, v, from + 1, names.length - to);
        return new Headers(n, v);
    }

    /** Index of the first pair named {@code name}, or {@code -(insertion point) - 1} when there is none. */
    private int lowest(String name) {
        int lo = 0;
        int hi = names.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = String.CASE_INSENSITIVE_ORDER.compare(names[mid], name);
            if (c < 0) {
                lo = mid + 1;
            } else {
                if (c == 0) {
                    found = mid;
                }
                hi = mid - 1;
            }
        }
        return found >= 0 ? found : -lo - 1;
    }

    /** One past the last pair with the same name as pair {@code from}. */
    private int end(int from) {
        int i = from + 1;
        while (i < names.length && names[i].equalsIgnoreCase(names[from])) {
            i++;
        }
        return i;
    }

    private static String checkName(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("invalid header name '" + name + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isToken(name.charAt(i))) {
                throw new IllegalArgumentException("invalid header name '" + name + "'");
            }
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
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.length; i = end(i)) {
            sb.append(sb.length() > 1 ? ", " : "").append(names[i]).append('=').append(all(names[i]));
        }
        return sb.append('}').toString();
    }

    /** Mutable accumulator; {@link #build()} hands out an immutable {@link Headers}. */
    public static final class Builder {
        private String[] names = new String[16];
        private String[] values = new String[16];
        private int size;

        private Builder() {}

        /** Appends one value. */
        public Builder add(String name, String value) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** The headers added so far, sorted by name (stable). */
        public Headers build() {
            if (size == 0) {
                return EMPTY;
            }
            String[] n = Arrays.copyOf(names, size);
            String[] v = Arrays.copyOf(values, size);
            if (size <= 32) {
                // Insertion sort: stable, no allocation, and fastest for the dozen headers a request has.
                for (int i = 1; i < size; i++) {
                    String kn = n[i];
                    String kv = v[i];
                    int j = i - 1;
                    while (j >= 0 && String.CASE_INSENSITIVE_ORDER.compare(n[j], kn) > 0) {
                        n[j + 1] = n[j];
                        v[j + 1] = v[j];
                        j--;
                    }
                    n[j + 1] = kn;
                    v[j + 1] = kv;
                }
                return new Headers(n, v);
            }
            // Many headers (a hostile client): sort indices with the library's stable merge sort, O(n log n).
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(n[a], n[b]));
            String[] sn = new String[size];
            String[] sv = new String[size];
            for (int i = 0; i < size; i++) {
                sn[i] = n[order[i]];
                sv[i] = v[order[i]];
            }
            return new Headers(sn, sv);
        }
    }
}
