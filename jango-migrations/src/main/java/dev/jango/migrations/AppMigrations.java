package dev.jango.migrations;

import dev.jango.db.meta.ModelMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * One app as migrations see it: its label, the folder holding its migration files, {@code schema.json} and
 * {@code HEAD}, and its current models. A {@code packaged} app's folder is inside a jar or another read-only
 * class-path entry (a library app such as sessions): {@code migrate} reads it, {@code makemigrations} never writes
 * there.
 *
 * <pre>{@code
 * new AppMigrations("shop", Path.of("src/main/resources/shop/migrations"), List.of(BOOK));
 * }</pre>
 */
public record AppMigrations(String app, Path dir, List<ModelMeta<?>> models, boolean packaged) {
    public AppMigrations {
        models = List.copyOf(models);
    }

    /** An app whose migrations live in the project's own source tree. */
    public AppMigrations(String app, Path dir, List<ModelMeta<?>> models) {
        this(app, dir, models, false);
    }
}
