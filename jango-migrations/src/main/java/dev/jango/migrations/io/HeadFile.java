package dev.jango.migrations.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The per-app head file ({@code HEAD}): one line naming the app's latest migration. Two branches that each add a
 * migration both rewrite this line, so merging them is a git conflict instead of a silent second leaf.
 */
public final class HeadFile {
    public static final String FILE = "HEAD";

    private HeadFile() {
    }

    public static Optional<String> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.contains("<<<<<<<") || text.contains(">>>>>>>")) {
                throw new MigrationFileException(file + " has a merge conflict: two branches added migrations;"
                        + " rebase one branch's migration on the other's and regenerate it");
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            throw new MigrationFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path dir, String head) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE), head + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationFileException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
