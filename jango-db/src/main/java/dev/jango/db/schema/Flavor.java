package dev.jango.db.schema;

import dev.jango.db.connection.Vendor;

/** The SQL flavour the editor writes; one per {@link Vendor}. */
enum Flavor {
    SQLITE(Vendor.SQLITE), POSTGRESQL(Vendor.POSTGRESQL), MARIADB(Vendor.MARIADB);

    final Vendor vendor;

    Flavor(Vendor vendor) {
        this.vendor = vendor;
    }

    /** Quotes an identifier the vendor's way ({@link Vendor#quote}). */
    String quote(String identifier) {
        return vendor.quote(identifier);
    }
}
