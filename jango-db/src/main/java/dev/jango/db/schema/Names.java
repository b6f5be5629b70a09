package dev.jango.db.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Generated names for indexes and constraints. They are deterministic (so migrations can refer to them) and fit
 * the shortest identifier limit of the three vendors (PostgreSQL: 63 bytes), shortened with a hash when needed.
 */
final class Names {
    static final int MAX = 63;

    private Names() {
    }

    /** {@code book_title_idx}, {@code book_title_published_uniq}; long names keep a prefix plus a hash. */
    static String of(String table, List<String> columns, String suffix) {
        String joined = table + "_" + String.join("_", columns.stream().map(c -> c.replace("-", "")).toList());
        String full = joined + "_" + suffix;
        if (full.length() <= MAX) {
            return full;
        }
        String hash = hash(full);
        int keep = MAX - hash.length() - suffix.length() - 2;
        return joined.substring(0, keep) + "_" + hash + "_" + suffix;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
