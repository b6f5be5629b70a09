package dev.jango.migrations.io;

import static dev.jango.migrations.io.SpecJson.NODES;

import dev.jango.migrations.state.ModelState;
import dev.jango.migrations.state.ProjectState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed per-app schema snapshot ({@code schema.json}): the app's state after its head migration.
 * {@code makemigrations} diffs models against it instead of replaying history. Models are sorted by name and
 * fields keep declaration order, so the file diffs cleanly.
 */
public final class Snapshot {
    public static final String FILE = "schema.json";

    private Snapshot() {
    }

    public static String render(String app, String head, ProjectState state) {
        ObjectNode root = NODES.objectNode();
        root.put("app", app);
        root.put("head", head);
        ObjectNode models = root.putObject("models");
        for (ModelState m : state.ofApp(app)) {
            models.set(m.name(), SpecJson.table(m.table()));
        }
        return MigrationFile.JSON.writeValueAsString(root) + "\n";
    }

    public static void write(Path dir, String app, String head, ProjectState state) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE), render(app, head, state), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationFileException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The app's state as recorded in {@code dir/schema.json}; empty when the file does not exist yet. */
    public static ProjectState read(Path dir, String app) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return ProjectState.empty();
        }
        String where = file.toString();
        try {
            JsonNode root = MigrationFile.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            Map<String, ModelState> models = new TreeMap<>();
            root.path("models").properties().forEach(e -> {
                ModelState m = new ModelState(app, e.getKey(), SpecJson.table(e.getValue(), where));
                models.put(m.key(), m);
            });
            return new ProjectState(models);
        } catch (IOException | JacksonException e) {
            throw new MigrationFileException("snapshot " + where + " does not parse: " + e.getMessage(), e);
        }
    }
}
