package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sample model sources in-process with {@link ModelProcessor}. jango-db depends on this module, so its
 * model annotations and metamodel are compiled from its sources once per JVM (a Maven dependency would be a cycle).
 */
final class Compilation {
    private static final Path JANGO_DB_SOURCES = locate();
    private static Path runtime;

    /** The outcome of one compilation: diagnostics, generated sources and class output. */
    record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes, Path generated) {
        List<String> errors() {
            return messages(Diagnostic.Kind.ERROR);
        }

        List<String> warnings() {
            List<String> out = new ArrayList<>(messages(Diagnostic.Kind.WARNING));
            out.addAll(messages(Diagnostic.Kind.MANDATORY_WARNING));
            return out;
        }

        private List<String> messages(Diagnostic.Kind kind) {
            return diagnostics.stream().filter(d -> d.getKind() == kind)
                    .map(d -> (d.getSource() == null ? "" : fileName(d.getSource()) + ":"
                            + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                    .toList();
        }

        private static String fileName(JavaFileObject source) {
            String name = source.getName();
            return name.substring(name.lastIndexOf('/') + 1);
        }

        String generatedSource(String relativePath) {
            try {
                return Files.readString(generated.resolve(relativePath));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A class loader over the compiled samples and jango-db. */
        URLClassLoader loader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL(), runtime().toUri().toURL()},
                        Compilation.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Compilation() {
    }

    /** Compiles {@code sources} (qualified class name → source) with the processor and {@code -Xlint:all}. */
    static Result compile(Map<String, String> sources) {
        return run(sources, runtime(), true);
    }

    private static synchronized Path runtime() {
        if (runtime == null) {
            // A source that names every type the generated code uses pulls them in from jango-db's sources.
            String seed = """
                    package seed;
                    class Seed {
                        dev.jango.db.meta.ModelMeta<?> meta;
                        dev.jango.db.model.Entity entity;
                        dev.jango.db.model.Keyed keyed;
                        Class<?>[] all = {dev.jango.db.meta.BooleanField.class, dev.jango.db.meta.IntField.class,
                            dev.jango.db.meta.LongField.class, dev.jango.db.meta.DoubleField.class,
                            dev.jango.db.meta.DecimalField.class, dev.jango.db.meta.StringField.class,
                            dev.jango.db.meta.JsonField.class, dev.jango.db.meta.DateField.class,
                            dev.jango.db.meta.DateTimeField.class, dev.jango.db.meta.TimeField.class,
                            dev.jango.db.meta.DurationField.class, dev.jango.db.meta.UuidField.class,
                            dev.jango.db.meta.BinaryField.class, dev.jango.db.meta.EnumField.class,
                            dev.jango.db.meta.Choice.class, dev.jango.db.meta.FieldSpec.class,
                            dev.jango.db.meta.ModelSpec.class, dev.jango.db.meta.ValueReader.class,
                            dev.jango.db.model.Model.class, dev.jango.db.model.Id.class, dev.jango.db.model.Char.class,
                            dev.jango.db.model.Text.class, dev.jango.db.model.Json.class, dev.jango.db.model.Decimal.class,
                            dev.jango.db.model.Column.class, dev.jango.db.model.Null.class, dev.jango.db.model.Blank.class,
                            dev.jango.db.model.Unique.class, dev.jango.db.model.Indexed.class,
                            dev.jango.db.model.Default.class, dev.jango.db.model.Choices.class,
                            dev.jango.db.model.Label.class, dev.jango.db.model.Index.class, dev.jango.db.model.Check.class,
                            dev.jango.db.model.ForeignKey.class, dev.jango.db.model.OneToOne.class,
                            dev.jango.db.model.ManyToMany.class, dev.jango.db.model.OnDelete.class,
                            dev.jango.db.model.Ref.class, dev.jango.db.model.RelatedSet.class,
                            dev.jango.db.meta.ForeignKeyField.class, dev.jango.db.meta.OneToOneField.class,
                            dev.jango.db.meta.ManyToManyField.class, dev.jango.db.meta.ReverseForeignKey.class,
                            dev.jango.db.model.Polymorphic.class, dev.jango.db.model.GenericRef.class,
                            dev.jango.db.meta.TypeKeys.class, dev.jango.db.meta.GenericRefField.class};
                    }
                    """;
            Result r = run(Map.of("seed.Seed", seed), null, false);
            assertThat(r.errors()).as("compiling jango-db's model and meta packages").isEmpty();
            runtime = r.classes();
        }
        return runtime;
    }

    private static Result run(Map<String, String> sources, Path classpathExtra, boolean process) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Path classes = Files.createTempDirectory("jango-classes");
            Path generated = Files.createTempDirectory("jango-generated");
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            List<String> options = new ArrayList<>(List.of("-Xlint:all", "-implicit:class", "-classpath",
                    classpath(classpathExtra)));
            if (classpathExtra == null) {
                options.addAll(List.of("-sourcepath", JANGO_DB_SOURCES.toString(), "-proc:none"));
            }
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, code) -> units.add(new Source(name, code)));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, units);
            if (process) {
                task.setProcessors(List.of(new ModelProcessor()));
            }
            task.call();
            return new Result(List.copyOf(diagnostics.getDiagnostics()), classes, generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath(Path extra) {
        String base = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return extra == null ? base : extra + File.pathSeparator + base;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("jango-db/src/main/java");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("jango-db/src/main/java not found above " + Path.of("").toAbsolutePath());
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String name, String code) {
            super(URI.create("string:///" + name.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
