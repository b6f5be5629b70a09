package dev.jango.migrations.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds whether a data-migration class uses today's models: its class file names the ORM's live entry points
 * (a {@code Manager}, a {@code QuerySet}, an entity or a metamodel type). Read from the class file's constant
 * pool, so the class is not loaded or run.
 */
final class LiveModels {
    private static final List<String> LIVE = List.of("dev/jango/db/model/Manager", "dev/jango/db/query/QuerySet",
            "dev/jango/db/model/Entity", "dev/jango/db/meta/");

    private LiveModels() {
    }

    static Optional<String> referenced(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            // Constant-pool names are stored as modified UTF-8, which is plain ASCII for these names.
            String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return LIVE.stream().filter(bytes::contains).map(s -> s.replace('/', '.')).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
