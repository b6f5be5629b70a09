package dev.jango.migrations.cli;

import dev.jango.cli.AppSpec;
import dev.jango.cli.Project;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.DatabaseUrl;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.AppMigrations;
import dev.jango.migrations.MigrationsLocation;
import dev.jango.migrations.Workspace;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.TerminalProgress;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every migration command shares: the project's apps as a {@link Workspace} and a database connection. */
abstract class BaseCommand implements Callable<Integer> {
    final Project project;

    @Spec
    CommandSpec spec;

    @Option(names = "--database", defaultValue = Project.DEFAULT_ALIAS, description = "Database alias (default: ${DEFAULT-VALUE}).")
    String alias;

    BaseCommand(Project project) {
        this.project = project;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Workspace workspace() {
        List<AppMigrations> apps = project.apps().stream().map(this::app).toList();
        return new Workspace(apps);
    }

    private AppMigrations app(AppSpec a) {
        return MigrationsLocation.resolve(project.baseDir(), a, a.getClass().getClassLoader());
    }

    /** The selected database with one pooled connection: a migration's session settings must persist. */
    Database migrationDatabase() {
        String url = project.databases().get(alias);
        if (url == null) {
            throw new IllegalArgumentException("no database alias '" + alias + "' (aliases: "
                    + project.databases().keySet() + ")");
        }
        return Database.open(alias, DatabaseUrl.parse(url).withPoolSize(1));
    }

    /** Runs {@code work} with a connection and an executor on the selected database. */
    int withExecutor(ExecutorWork work) throws Exception {
        try (Database db = migrationDatabase()) {
            SchemaEditor editor = SchemaEditor.forVendor(db.vendor());
            return work.run(new Executor(db, editor, Executor.Options.defaults(), out()::println,
                    TerminalProgress.forOutput(out())), editor);
        }
    }

    @FunctionalInterface
    interface ExecutorWork {
        int run(Executor executor, SchemaEditor editor) throws SQLException;
    }
}
