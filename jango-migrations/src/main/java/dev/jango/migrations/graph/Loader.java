package dev.jango.migrations.graph;

import dev.jango.migrations.io.MigrationFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads every migration file ({@code NNNN_name.json}) of each app's migrations folder, in name order. */
public final class Loader {
    /** Migration file names: four or more digits, an underscore, a name. */
    public static final Pattern FILE_NAME = Pattern.compile("\\d{4,}_[A-Za-z0-9_]+\\.json");

    private Loader() {
    }

    public static List<Migration> load(Map<String, Path> dirsByApp) {
        List<Migration> all = new ArrayList<>();
        dirsByApp.forEach((app, dir) -> all.addAll(load(app, dir)));
        return all;
    }

    public static List<Migration> load(String app, Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> names = files.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).sorted()
                    .toList();
            // Parsing is independent per file; a parallel stream keeps the sorted order in toList().
            return names.parallelStream().map(p -> MigrationFile.read(app, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list migrations of " + app + " in " + dir, e);
        }
    }
}
