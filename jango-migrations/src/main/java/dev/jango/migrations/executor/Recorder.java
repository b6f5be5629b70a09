package dev.jango.migrations.executor;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.db.schema.Table;
import dev.jango.migrations.graph.MigrationKey;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code jango_migrations} table: which migrations are applied, with their content hash and time. */
public final class Recorder {
    public static final String TABLE = "jango_migrations";

    private final SchemaEditor editor;

    public Recorder(SchemaEditor editor) {
        this.editor = editor;
    }

    static Table table() {
        FieldSpec id = new FieldSpec("id", "id", FieldKind.BIG_AUTO, false, false, false, false, true,
                Optional.empty(), List.of(), 0, 0, 0, "id", "");
        return new Table(TABLE, List.of(id, chars("app", 100), chars("name", 200), chars("hash", 64),
                chars("applied", 40)), List.of(), List.of(new dev.jango.db.meta.UniqueSpec("", List.of("app", "name"))),
                List.of());
    }

    private static FieldSpec chars(String name, int max) {
        FieldSpec f = FieldSpec.of(name, name, FieldKind.CHAR);
        return new FieldSpec(name, name, FieldKind.CHAR, false, false, false, false, false, Optional.empty(),
                List.of(), max, 0, 0, f.verboseName(), "");
    }

    public boolean exists(Database db) {
        return db.withConnection(c -> tableExists(c, TABLE));
    }

    /** Whether {@code table} exists in the connection's current database/schema. */
    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = editorSchema(c);
        try (ResultSet rs = md.getTables(c.getCatalog(), schema, table, null)) {
            return rs.next();
        }
    }

    private static String editorSchema(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("postgres") ? c.getSchema() : null;
    }

    public void ensure(Database db) {
        if (!exists(db)) {
            editor.createTable(table()).forEach(db::execute);
        }
    }

    /** Applied migrations and their recorded hashes; empty if the table does not exist yet. */
    public Map<MigrationKey, String> applied(Database db) {
        Map<MigrationKey, String> out = new TreeMap<>();
        if (!exists(db)) {
            return out;
        }
        return db.query("SELECT " + editor.quote("app") + ", " + editor.quote("name") + ", " + editor.quote("hash")
                + " FROM " + editor.quote(TABLE), List.of(), rs -> {
                    while (rs.next()) {
                        out.put(new MigrationKey(rs.getString(1), rs.getString(2)), rs.getString(3));
                    }
                    return out;
                });
    }

    public void record(Database db, MigrationKey key, String hash) {
        db.update("INSERT INTO " + editor.quote(TABLE) + " (" + editor.quote("app") + ", " + editor.quote("name")
                + ", " + editor.quote("hash") + ", " + editor.quote("applied") + ") VALUES (?, ?, ?, ?)",
                List.of(BoundValue.of(key.app()), BoundValue.of(key.name()), BoundValue.of(hash),
                        BoundValue.of(Instant.now().toString())));
    }

    public void unrecord(Database db, MigrationKey key) {
        db.update("DELETE FROM " + editor.quote(TABLE) + " WHERE " + editor.quote("app") + " = ? AND "
                + editor.quote("name") + " = ?", List.of(BoundValue.of(key.app()), BoundValue.of(key.name())));
    }
}
