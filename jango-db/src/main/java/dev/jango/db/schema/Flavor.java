package dev.jango.db.schema;

/** The SQL flavour the editor writes; one per {@code Vendor}. */
enum Flavor {
    SQLITE, POSTGRESQL, MARIADB;

    /** Quotes an identifier, doubling embedded quote characters. */
    String quote(String identifier) {
        return this == MARIADB
                ? "`" + identifier.replace("`", "``") + "`"
                : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
