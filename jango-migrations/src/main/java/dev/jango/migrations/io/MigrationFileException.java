package dev.jango.migrations.io;

/** A migration, snapshot or head file that cannot be read; the message names the file and what is wrong. */
public final class MigrationFileException extends RuntimeException {
    public MigrationFileException(String message) {
        super(message);
    }

    public MigrationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
