package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.cli.AppSpec;
import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.MigrationGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An app that ships in a jar: {@code migrate} finds its migrations on the class path; nothing writes there. */
class MigrationsLocationTest {
    private static final ModelMeta<TestModels.Row> NOTE = new TestModels.Builder("Note", "lib_note")
            .chars("text", 40).build();
    private static final ModelMeta<TestModels.Row> TAG = new TestModels.Builder("Tag", "lib_tag")
            .chars("name", 20).build();

    @TempDir
    Path tmp;

    @Test
    void packagedMigrationsAreReadFromTheJarAndApplied() throws Exception {
        Path jar = libraryJar(List.of(NOTE));
        Path project = Files.createDirectories(tmp.resolve("project"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            AppMigrations lib = MigrationsLocation.resolve(project, AppSpec.of("lib", List.of(NOTE)), loader);
            assertThat(lib.packaged()).isTrue();
            assertThat(lib.dir().toUri().toString()).startsWith("jar:").endsWith("!/lib/migrations");

            Workspace ws = new Workspace(List.of(lib));
            List<String> log = new ArrayList<>();
            assertThat(MakeMigrations.run(ws, options(false), log::add).changed())
                    .as("the jar's migrations match the app's models: %s", log).isFalse();
            try (TestDb db = TestDb.open("sqlite")) {
                Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
                MigrationGraph graph = ws.graph(ex.applied().keySet());
                ex.migrate(graph, ex.plan(graph, Target.latest()), Executor.Mode.RUN);
                assertThat(db.schema()).containsKey("lib_note");
            }
        }
    }

    @Test
    void theProjectFolderWinsWhenItExists() throws Exception {
        Path jar = libraryJar(List.of(NOTE));
        Path project = Files.createDirectories(tmp.resolve("project"));
        AppSpec app = AppSpec.of("lib", List.of(NOTE));
        Path own = Files.createDirectories(project.resolve(app.migrationsDirectory()));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            AppMigrations lib = MigrationsLocation.resolve(project, app, loader);
            assertThat(lib.packaged()).isFalse();
            assertThat(lib.dir()).isEqualTo(own);
        }
    }

    @Test
    void aNewAppWithNoMigrationsAnywhereGetsTheProjectFolder() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        AppSpec app = AppSpec.of("fresh", List.of(NOTE));
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            AppMigrations fresh = MigrationsLocation.resolve(project, app, loader);
            assertThat(fresh.packaged()).isFalse();
            assertThat(fresh.dir()).isEqualTo(project.resolve(app.migrationsDirectory()));
        }
    }

    @Test
    void makemigrationsRefusesToWriteIntoAPackagedApp() throws Exception {
        Path jar = libraryJar(List.of(NOTE));
        long before = Files.size(jar);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            AppMigrations changed = MigrationsLocation.resolve(tmp, AppSpec.of("lib", List.of(NOTE, TAG)), loader);
            Workspace ws = new Workspace(List.of(changed));
            assertThatThrownBy(() -> MakeMigrations.run(ws, options(true), s -> { }))
                    .isInstanceOf(GraphException.class)
                    .hasMessageContaining("app 'lib' has model changes")
                    .hasMessageContaining("read from the class path");
        }
        assertThat(Files.size(jar)).isEqualTo(before);
    }

    private static MakeMigrations.Options options(boolean write) {
        return new MakeMigrations.Options(List.of(), Questioner.never(), Optional.empty(), write);
    }

    /** Makes the app's migrations in a scratch folder, then packs them as {@code lib/migrations/*} in a jar. */
    private Path libraryJar(List<ModelMeta<?>> models) throws IOException {
        Path source = Files.createDirectories(tmp.resolve("lib-src"));
        MakeMigrations.run(new Workspace(List.of(new AppMigrations("lib", source, models))),
                MakeMigrations.Options.defaults(), s -> { });
        Path jar = tmp.resolve("lib-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                zip.putNextEntry(new JarEntry("lib/migrations/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
