package dev.jango.web.commands;

import dev.jango.cli.Project;
import dev.jango.db.meta.ModelMeta;
import dev.jango.cli.spi.NoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code manage shell}: starts {@code jshell} on the project's class path with every model class and its metamodel
 * constants imported ({@code Book}, {@code BOOK}). {@code --print} shows the command and start-up script instead.
 *
 * <pre>{@code
 * $ ./manage shell
 * jshell> Book.objects.filter(BOOK.title.startsWith("A")).count()
 * }</pre>
 */
@Command(name = "shell", description = "Starts jshell with the models imported.")
public final class ShellCommand implements Callable<Integer>, NoDatabase {
    private final Project project;

    @Spec
    CommandSpec spec;

    @Option(names = "--print", description = "Print the jshell command and imports instead of starting it.")
    boolean print;

    public ShellCommand(Project project) {
        this.project = project;
    }

    /** The start-up script: one import per model class and a static import of its metamodel. */
    public static String imports(List<ModelMeta<?>> models) {
        Set<String> lines = new LinkedHashSet<>();
        lines.add("import java.math.BigDecimal;");
        lines.add("import java.time.*;");
        lines.add("import java.util.*;");
        for (ModelMeta<?> m : models) {
            Class<?> type = m.modelClass();
            lines.add("import " + type.getCanonicalName() + ";");
            lines.add("import static " + type.getPackageName() + "." + type.getSimpleName() + "Meta.*;");
        }
        return String.join("\n", lines) + "\n";
    }

    /** The jshell command line for {@code startup}. */
    static List<String> command(Path startup) {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        List<String> cmd = new ArrayList<>();
        cmd.add(jshell.toString());
        cmd.add("--class-path");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("--startup");
        cmd.add("DEFAULT");
        cmd.add("--startup");
        cmd.add(startup.toString());
        return cmd;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        String script = imports(project.models());
        if (print) {
            spec.commandLine().getOut().print(script);
            return 0;
        }
        Path startup = Files.createTempFile("jango-shell", ".jsh");
        try {
            Files.writeString(startup, script);
            return new ProcessBuilder(command(startup)).directory(project.baseDir().toFile()).inheritIO()
                    .start().waitFor();
        } finally {
            Files.deleteIfExists(startup);
        }
    }
}
