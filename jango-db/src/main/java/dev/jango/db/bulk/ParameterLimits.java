package dev.jango.db.bulk;

import dev.jango.db.connection.Vendor;

/**
 * The most bound parameters one statement may carry per backend, so a batch never exceeds it: PostgreSQL's wire
 * protocol counts them in 16 bits (65535), MariaDB's prepared statements likewise. For SQLite the ORM assumes
 * 32766, the default {@code SQLITE_MAX_VARIABLE_NUMBER} since SQLite 3.32: the library bundled by sqlite-jdbc
 * 3.54.1.0 is built with 250000 ({@code PRAGMA compile_options}), but a sqlite-jdbc loading the system's library
 * may have only the default, and batches of 32766 parameters already amortise the per-statement cost.
 *
 * <pre>{@code int rows = ParameterLimits.rowsPerStatement(Vendor.SQLITE, 6, 10_000);   // 5461}</pre>
 */
public final class ParameterLimits {
    private ParameterLimits() {
    }

    /** The parameter limit of {@code vendor}. */
    public static int of(Vendor vendor) {
        return switch (vendor) {
            case POSTGRESQL, MARIADB -> 65_535;
            case SQLITE -> 32_766;
        };
    }

    /**
     * Rows per statement: {@code wanted}, lowered so that {@code paramsPerRow × rows + extra} fits the limit.
     *
     * @throws IllegalArgumentException if {@code wanted} is not positive
     */
    public static int rowsPerStatement(Vendor vendor, int paramsPerRow, int wanted, int extra) {
        if (wanted <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + wanted);
        }
        int fit = Math.max(1, (of(vendor) - extra) / Math.max(1, paramsPerRow));
        return Math.min(wanted, fit);
    }

    /** {@link #rowsPerStatement(Vendor, int, int, int)} with no extra parameters. */
    public static int rowsPerStatement(Vendor vendor, int paramsPerRow, int wanted) {
        return rowsPerStatement(vendor, paramsPerRow, wanted, 0);
    }
}
