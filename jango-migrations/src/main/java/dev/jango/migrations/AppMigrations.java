package dev.jango.migrations;

import dev.jango.db.meta.ModelMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * One app as migrations see it: its label, the folder holding its migration files, {@code schema.json} and
 * {@code HEAD}, and its current models.
 */
public record AppMigrations(String app, Path dir, List<ModelMeta<?>> models) {
    public AppMigrations {
        models = List.copyOf(models);
    }
}
