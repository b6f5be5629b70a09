package dev.jango.web.commands;

import dev.jango.web.apps.AppRegistry;
import dev.jango.cli.spi.NoDatabase;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code manage check [--deploy] [--fail-level LEVEL]}: runs the {@link CheckRegistry} and prints each finding.
 * Exits 1 when a finding is at or above the fail level (ERROR by default), else 0.
 *
 * <pre>{@code
 * $ JANGO_PROFILE=prod ./manage check --deploy --fail-level WARNING
 * ?: (security.W004) HSTS is off: browsers may reach the site over plain HTTP
 * 	HINT: set JANGO_HSTS_SECONDS (31536000 once HTTPS works everywhere)
 * System check identified 1 issue (0 silenced).
 * }</pre>
 */
@Command(name = "check", description = "Checks the project for problems (--deploy: production settings too).")
public final class CheckCommand implements Callable<Integer>, NoDatabase {
    private final AppRegistry registry;

    @Spec
    CommandSpec spec;

    @Option(names = "--deploy", description = "Also run the deployment (security) checks.")
    boolean deploy;

    @Option(names = "--fail-level", defaultValue = "ERROR",
            description = "Exit non-zero at this level or above: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    CheckMessage.Level failLevel;

    public CheckCommand(AppRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        CheckRegistry.Result result = CheckRegistry.standard(registry).run(deploy);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (CheckMessage m : result.messages()) {
            (m.isAtLeast(CheckMessage.Level.ERROR) ? err : out).println(m.format());
        }
        int n = result.messages().size();
        String summary = n == 0 ? "System check identified no issues" : "System check identified " + n
                + (n == 1 ? " issue" : " issues");
        out.println(summary + " (" + result.silenced() + " silenced).");
        if (result.fails(failLevel)) {
            err.println("error: check failed at level " + failLevel.name().toLowerCase(Locale.ROOT) + " or above");
            return 1;
        }
        return 0;
    }
}
