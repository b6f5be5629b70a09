package dev.jango.db.connection;

/**
 * The database products Jango speaks to. A {@link Database} knows its vendor; dialects and the schema editor
 * branch on it.
 *
 * <pre>{@code
 * Vendor.POSTGRESQL.quote("order");   // "\"order\""
 * Vendor.MARIADB.quote("order");      // "`order`"
 * }</pre>
 */
public enum Vendor {
    SQLITE('"', "sqlite"),
    POSTGRESQL('"', "postgresql"),
    MARIADB('`', "mariadb");

    private final char quote;
    private final String label;

    Vendor(char quote, String label) {
        this.quote = quote;
        this.label = label;
    }

    /**
     * Quotes an identifier (table, column, constraint) for this vendor, doubling any embedded quote character, so
     * that no identifier can end the quoted name early.
     *
     * @throws IllegalArgumentException if the identifier is empty or contains a NUL character
     */
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("cannot quote an empty identifier for " + label);
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier '" + identifier.replace("\0", "\\0")
                    + "' contains a NUL character");
        }
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** The lower-case name used in URLs and test display names ({@code sqlite}, {@code postgresql}, …). */
    public String label() {
        return label;
    }
}
