package dev.jango.migrations.operations;

import dev.jango.db.schema.SchemaEditor;

/** The app a migration belongs to and the editor of the database it runs on. */
public record OpContext(String app, SchemaEditor editor) {
}
