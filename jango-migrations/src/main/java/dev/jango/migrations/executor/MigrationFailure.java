package dev.jango.migrations.executor;

import java.util.List;

/**
 * A migration that failed while running. For a transactional migration the database is back at its state before
 * that migration; otherwise {@link #ran()} lists the statements that did take effect, and the message says how to
 * recover.
 */
public final class MigrationFailure extends RuntimeException {
    private final List<String> ran;

    public MigrationFailure(String message, List<String> ran, Throwable cause) {
        super(message, cause);
        this.ran = List.copyOf(ran);
    }

    /** Statements that were committed before the failure (empty when the whole migration rolled back). */
    public List<String> ran() {
        return ran;
    }
}
