package dev.jango.migrations.io;

import static dev.jango.migrations.io.SpecJson.NODES;

import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.operations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes migration files ({@code 0002_book_isbn.json}). The content hash is computed over the canonical
 * JSON (the parsed file written compactly), so re-indenting a file is not an edit but changing an operation is.
 *
 * <pre>{@code
 * {
 *   "dependencies" : [ "shop.0001_initial" ],
 *   "operations" : [ { "op" : "AddField", "model" : "Book", "field" : { "name" : "isbn", "kind" : "CHAR", ... } } ]
 * }
 * }</pre>
 */
public final class MigrationFile {
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MigrationFile() {
    }

    /** Reads {@code file}; the app is the caller's, the name is the file name without {@code .json}. */
    public static Migration read(String app, Path file) {
        String where = file.toString();
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return parse(app, name, Files.readString(file, StandardCharsets.UTF_8), where);
        } catch (IOException e) {
            throw new MigrationFileException("cannot read migration file " + where + ": " + e.getMessage(), e);
        }
    }

    /** Parses migration text; {@code where} names the source in error messages. */
    public static Migration parse(String app, String name, String text, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new MigrationFileException("migration file " + where + " does not parse: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MigrationFileException("migration file " + where + " is not a JSON object");
        }
        try {
            List<MigrationKey> deps = keys(root.path("dependencies"), where);
            List<Operation> ops = new ArrayList<>();
            int i = 0;
            for (JsonNode op : SpecJson.required(root, "operations", where)) {
                ops.add(OperationJson.read(op, where + " operation " + (++i)));
            }
            Map<String, String> silenced = new TreeMap<>();
            root.path("lint").properties().forEach(e -> silenced.put(e.getKey(), e.getValue().asString()));
            // The parsed tree, compact, is the canonical content: whitespace changes are not edits.
            return new Migration(new MigrationKey(app, name), deps, ops, root.path("atomic").asBoolean(true),
                    root.path("initial").asBoolean(false), keys(root.path("replaces"), where), silenced,
                    sha256(root.toString()));
        } catch (IllegalArgumentException e) {
            throw new MigrationFileException("migration file " + where + ": " + e.getMessage(), e);
        }
    }

    /** The file text of {@code migration}. */
    public static String render(Migration migration) {
        return JSON.writeValueAsString(tree(migration)) + "\n";
    }

    /** Writes {@code migration} as {@code <dir>/<name>.json}. */
    public static Path write(Path dir, Migration migration) {
        Path file = dir.resolve(migration.name() + ".json");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, render(migration), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new MigrationFileException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code migration} with its content hash filled in. */
    public static Migration withHash(Migration m) {
        Migration blank = new Migration(m.key(), m.dependencies(), m.operations(), m.atomic(), m.initial(),
                m.replaces(), m.silenced(), "");
        String canonical = tree(blank).toString();
        return new Migration(m.key(), m.dependencies(), m.operations(), m.atomic(), m.initial(), m.replaces(),
                m.silenced(), sha256(canonical));
    }

    private static ObjectNode tree(Migration m) {
        ObjectNode root = NODES.objectNode();
        if (m.initial()) {
            root.put("initial", true);
        }
        if (!m.atomic()) {
            root.put("atomic", false);
        }
        ArrayNode deps = root.putArray("dependencies");
        m.dependencies().forEach(d -> deps.add(d.toString()));
        if (!m.replaces().isEmpty()) {
            ArrayNode r = root.putArray("replaces");
            m.replaces().forEach(d -> r.add(d.toString()));
        }
        if (!m.silenced().isEmpty()) {
            ObjectNode lint = root.putObject("lint");
            m.silenced().forEach(lint::put);
        }
        ArrayNode ops = root.putArray("operations");
        m.operations().forEach(o -> ops.add(OperationJson.write(o)));
        return root;
    }

    private static List<MigrationKey> keys(JsonNode array, String where) {
        List<MigrationKey> keys = new ArrayList<>();
        array.forEach(k -> keys.add(MigrationKey.parse(k.asString())));
        return keys;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
