package dev.jango.migrations;

import dev.jango.cli.AppSpec;
import dev.jango.migrations.io.HeadFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds where an app's migrations are: in the project's source tree when that folder exists (the project's own
 * apps, which {@code makemigrations} writes), otherwise on the class path (an app that ships in a jar, like
 * Django's {@code contrib} apps, whose migrations {@code migrate} must still find in a deployed build).
 *
 * <pre>{@code
 * AppMigrations sessions = MigrationsLocation.resolve(project.baseDir(), SessionsApp.INSTANCE,
 *         SessionsApp.class.getClassLoader());
 * sessions.packaged();   // true when read from jango-web's jar
 * }</pre>
 */
public final class MigrationsLocation {
    private MigrationsLocation() {
    }

    /**
     * The app's migrations folder: {@code baseDir/app.migrationsDirectory()} if it exists, else the class-path
     * folder of {@code app.migrationsPackage()} that holds a {@code HEAD} file, else the project folder (a new app,
     * where {@code makemigrations} will create it).
     */
    public static AppMigrations resolve(Path baseDir, AppSpec app, ClassLoader loader) {
        Path inProject = baseDir.resolve(app.migrationsDirectory());
        if (Files.isDirectory(inProject)) {
            return new AppMigrations(app.label(), inProject, app.models());
        }
        URL head = loader == null ? null
                : loader.getResource(app.migrationsPackage().replace('.', '/') + "/" + HeadFile.FILE);
        if (head == null) {
            return new AppMigrations(app.label(), inProject, app.models());
        }
        return new AppMigrations(app.label(), pathOf(head).getParent(), app.models(), true);
    }

    private static Path pathOf(URL resource) {
        try {
            URI uri = resource.toURI();
            if ("jar".equals(uri.getScheme())) {
                openReadOnly(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class-path resource " + resource + " has no usable URI", e);
        }
    }

    /** Opens the jar's file system once per process; it stays open, as the class loader's own jar does. */
    private static void openReadOnly(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of("accessMode", "readOnly"));
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // another app in the same jar opened it first
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations inside " + uri, e);
        }
    }
}
