package dev.jango.cli;

import dev.jango.cli.spi.CommandProvider;
import dev.jango.cli.spi.NoDatabase;
import dev.jango.cli.spi.ProjectLoader;
import dev.jango.db.Db;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code manage} launcher: finds the project, collects every {@link CommandProvider}'s commands and runs the
 * one named on the command line. Exit codes: 0 success, 1 the command failed or found errors, 2 bad usage.
 *
 * <pre>{@code
 * $ ./manage check --deploy
 * $ ./manage migrate shop
 *
 * // in code (tests, a project's own main):
 * int code = Manage.run(project, "check");
 * }</pre>
 *
 * <p>An exception escaping a command is reported as one line ({@code error: <message>}) without a stack trace,
 * unless {@code JANGO_TRACEBACK=1}, because command errors are meant to be read by people, not debugged.
 */
@Command(name = "manage", mixinStandardHelpOptions = true, version = "jango 0.1",
        description = "Runs a Jango management command.", subcommands = CommandLine.HelpCommand.class)
public final class Manage implements Callable<Integer> {
    /** Exit code for bad usage (unknown command, bad option). */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    private Manage() {
    }

    @Override
    public Integer call() {
        // `manage` with no command prints the command list rather than doing nothing.
        spec.commandLine().getErr().println("error: no command given");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Loads the project from the working directory and the environment, runs {@code args} and exits. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Like {@link #main} without exiting: the project comes from a {@link ProjectLoader} or {@link Project#bare}. */
    public static int run(String... args) {
        Map<String, String> env = System.getenv();
        Path base = Path.of(env.getOrDefault("JANGO_BASE_DIR", System.getProperty("user.dir")));
        return run(loadProject(base, env), args);
    }

    /**
     * Runs {@code args} against {@code project}, printing to standard output and error. Configures
     * {@code Db} with the project's databases before running any command not marked {@link NoDatabase}.
     */
    public static int run(Project project, String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return execute(project, out, err, true, args);
    }

    /**
     * Runs {@code args} against {@code project}, printing to the given writers (tests capture them). Leaves
     * {@code Db} alone: the caller configures or binds the databases.
     */
    public static int run(Project project, PrintWriter out, PrintWriter err, String... args) {
        return execute(project, out, err, false, args);
    }

    private static int execute(Project project, PrintWriter out, PrintWriter err, boolean configureDb,
            String... args) {
        CommandLine cli = commandLine(project);
        if (configureDb) {
            cli.setExecutionStrategy(parsed -> {
                if (needsDatabase(parsed)) {
                    Db.configure(project.databases());
                }
                return new CommandLine.RunLast().execute(parsed);
            });
        }
        cli.setOut(out);
        cli.setErr(err);
        boolean traceback = "1".equals(System.getenv("JANGO_TRACEBACK"));
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (traceback) {
                ex.printStackTrace(line.getErr());
            } else {
                line.getErr().println("error: " + describe(ex));
            }
            return 1;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The full command tree for {@code project}: every provider's commands as sub-commands of {@code manage}.
     *
     * @throws IllegalStateException if two providers contribute a command with the same name
     */
    public static CommandLine commandLine(Project project) {
        CommandLine root = new CommandLine(new Manage());
        root.setUsageHelpAutoWidth(true);
        Map<String, String> owner = new HashMap<>();
        for (CommandProvider provider : ServiceLoader.load(CommandProvider.class, classLoader())) {
            for (Object command : provider.commands(project)) {
                CommandLine sub = command instanceof CommandLine line ? line : new CommandLine(command);
                String name = sub.getCommandName();
                String previous = owner.putIfAbsent(name, provider.getClass().getName());
                if (previous != null) {
                    throw new IllegalStateException("command '" + name + "' is contributed by both " + previous
                            + " and " + provider.getClass().getName());
                }
                root.addSubcommand(name, sub);
            }
        }
        return root;
    }

    /** The project a {@link ProjectLoader} finds at {@code baseDir}, or a bare one. */
    public static Project loadProject(Path baseDir, Map<String, String> env) {
        for (ProjectLoader loader : ServiceLoader.load(ProjectLoader.class, classLoader())) {
            Optional<Project> project = loader.load(baseDir, env);
            if (project.isPresent()) {
                return project.get();
            }
        }
        return Project.bare(baseDir, env);
    }

    /** The names of the commands available for {@code project}, sorted. */
    public static List<String> commandNames(Project project) {
        return commandLine(project).getSubcommands().keySet().stream().filter(n -> !n.equals("help")).sorted()
                .toList();
    }

    /** Whether the command being run may use {@code Db}: anything not marked {@link NoDatabase}. */
    private static boolean needsDatabase(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        Object command = last.commandSpec().userObject();
        return !(command instanceof NoDatabase || command instanceof Manage
                || command instanceof CommandLine.HelpCommand) && !last.isUsageHelpRequested()
                && !last.isVersionHelpRequested();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Manage.class.getClassLoader();
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
