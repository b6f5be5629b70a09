package dev.jango.migrations.io;

import static dev.jango.migrations.io.SpecJson.NODES;
import static dev.jango.migrations.io.SpecJson.text;

import dev.jango.db.meta.FieldSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code pending_drops.json}: columns whose fields left the state in a state-only migration and that a later
 * {@code makemigrations --release} drops. Committed with the migrations, so every checkout knows what is owed.
 * The file is deleted when nothing is pending.
 *
 * <pre>{@code
 * {"drops": [{"model": "Book", "since": "0003_remove_book_isbn", "field": {"name": "isbn", …}}]}
 * }</pre>
 */
public final class PendingDrops {
    public static final String FILE = "pending_drops.json";

    /** One owed column drop: {@code field} of {@code model}, removed from the state by migration {@code since}. */
    public record Drop(String model, FieldSpec field, String since) {
    }

    private PendingDrops() {
    }

    public static List<Drop> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        String where = file.toString();
        try {
            JsonNode root = MigrationFile.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<Drop> out = new ArrayList<>();
            for (JsonNode d : root.path("drops")) {
                out.add(new Drop(text(d, "model", where), SpecJson.field(SpecJson.required(d, "field", where), where),
                        text(d, "since", where)));
            }
            return List.copyOf(out);
        } catch (IOException | JacksonException e) {
            throw new MigrationFileException("pending drops " + where + " do not parse: " + e.getMessage(), e);
        }
    }

    public static void write(Path dir, List<Drop> drops) {
        Path file = dir.resolve(FILE);
        try {
            if (drops.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            ObjectNode root = NODES.objectNode();
            ArrayNode list = root.putArray("drops");
            for (Drop d : drops) {
                ObjectNode n = list.addObject();
                n.put("model", d.model()).put("since", d.since()).set("field", SpecJson.field(d.field()));
            }
            Files.createDirectories(dir);
            Files.writeString(file, MigrationFile.JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationFileException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
