package dev.jango.migrations.executor;

import dev.jango.migrations.graph.MigrationKey;
import java.util.Optional;

/**
 * Where {@code migrate} should go: every app to its head, one app to its head, one app to a named migration
 * (forward or backward), or one app back to zero.
 */
public sealed interface Target {
    record Latest(Optional<String> app) implements Target {
    }

    record To(MigrationKey key) implements Target {
    }

    record Zero(String app) implements Target {
    }

    static Target latest() {
        return new Latest(Optional.empty());
    }

    static Target latest(String app) {
        return new Latest(Optional.of(app));
    }

    /** Parses the command-line form: {@code ""}, {@code app}, {@code app name} or {@code app zero}. */
    static Target parse(Optional<String> app, Optional<String> name) {
        if (app.isEmpty()) {
            return latest();
        }
        if (name.isEmpty()) {
            return latest(app.get());
        }
        return name.get().equals("zero") ? new Zero(app.get()) : new To(new MigrationKey(app.get(), name.get()));
    }
}
