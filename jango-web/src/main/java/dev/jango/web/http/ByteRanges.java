package dev.jango.web.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@code Range: bytes=…} header read against a representation of known size (RFC 9110 §14): which bytes to
 * send, or that the header is to be ignored, or that no range is satisfiable. Ranges are sorted and coalesced when
 * they overlap or lie closer than a part header's overhead; a header asking for many ranges is ignored (the whole
 * representation is cheaper and RFC 9110 §14.2 allows it), so a request cannot make the server seek all over a file.
 *
 * <pre>{@code
 * ByteRanges.parse("bytes=0-9,20-29", 100)   // Partial[[0-9, 20-29]]
 * ByteRanges.parse("bytes=0-9,5-19", 100)    // Partial[[0-19]]  (overlap coalesced)
 * ByteRanges.parse("bytes=500-", 100)        // Unsatisfiable → 416, Content-Range: bytes *&#47;100
 * ByteRanges.parse("lines=1-2", 100)         // Ignored → 200 with the whole file
 * }</pre>
 */
public sealed interface ByteRanges {
    /** Range specs in one header beyond which it is ignored outright. */
    int MAX_SPECS = 64;
    /** Ranges left after coalescing beyond which the header is ignored (200). */
    int MAX_RANGES = 16;
    /** Gap between two ranges under which they are sent as one part: about the size of a part's headers. */
    long COALESCE_GAP = 80;

    /** One inclusive byte range. */
    record Range(long first, long last) {
        public long length() {
            return last - first + 1;
        }

        /** {@code bytes 0-9/100}, the value of Content-Range for this range. */
        public String contentRange(long size) {
            return "bytes " + first + "-" + last + "/" + size;
        }
    }

    /** Send the whole representation (200): no Range, another unit, bad syntax, or too many ranges. */
    record Ignored() implements ByteRanges {}

    /** No range overlaps the representation: 416 with {@code Content-Range: bytes *}{@code /size}. */
    record Unsatisfiable() implements ByteRanges {}

    /** Send these ranges (206), sorted, coalesced, never empty. */
    record Partial(List<Range> ranges) implements ByteRanges {
        public Partial {
            ranges = List.copyOf(ranges);
        }
    }

    /** Reads {@code header} against a representation of {@code size} bytes. */
    static ByteRanges parse(String header, long size) {
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Ignored();
        }
        String[] specs = h.substring(6).split(",", -1);
        if (specs.length > MAX_SPECS) {
            return new Ignored();
        }
        List<Range> satisfiable = new ArrayList<>();
        boolean any = false;
        for (String raw : specs) {
            String spec = raw.strip();
            if (spec.isEmpty()) {
                continue; // empty list elements are allowed by the list syntax
            }
            any = true;
            long[] parsed = spec(spec);
            if (parsed == null) {
                return new Ignored(); // one malformed spec: the whole header is ignored (RFC 9110 §14.2)
            }
            long first = parsed[0];
            long last = parsed[1];
            if (first < 0) { // suffix: the last -first bytes
                if (size > 0) {
                    satisfiable.add(new Range(Math.max(0, size + first), size - 1));
                }
            } else if (last >= 0 && last < first) {
                return new Unsatisfiable(); // an inverted range is invalid: 416 says so
            } else if (first < size) {
                satisfiable.add(new Range(first, last < 0 ? size - 1 : Math.min(last, size - 1)));
            }
        }
        if (!any) {
            return new Ignored();
        }
        if (satisfiable.isEmpty()) {
            return new Unsatisfiable();
        }
        List<Range> merged = coalesce(satisfiable);
        return merged.size() > MAX_RANGES ? new Ignored() : new Partial(merged);
    }

    /** {@code [first, last]}, last -1 when open; a suffix {@code -n} as {@code [-n, -1]}; null when malformed. */
    private static long[] spec(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String a = spec.substring(0, dash).strip();
        String b = spec.substring(dash + 1).strip();
        if (!digits(a) && !a.isEmpty() || !digits(b) && !b.isEmpty() || a.isEmpty() && b.isEmpty()) {
            return null;
        }
        try {
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                // "-0" asks for no bytes: a range that starts past any file, so it is never satisfiable.
                return suffix == 0 ? new long[] {Long.MAX_VALUE, -1} : new long[] {-suffix, -1};
            }
            return new long[] {Long.parseLong(a), b.isEmpty() ? -1 : Long.parseLong(b)};
        } catch (NumberFormatException e) {
            return null; // more digits than a long: nobody has such a file
        }
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static List<Range> coalesce(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::first));
        List<Range> out = new ArrayList<>();
        Range current = sorted.getFirst();
        for (Range next : sorted.subList(1, sorted.size())) {
            if (next.first() <= current.last() + 1 + COALESCE_GAP) {
                current = new Range(current.first(), Math.max(current.last(), next.last()));
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }
}
