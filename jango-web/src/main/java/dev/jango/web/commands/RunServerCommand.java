package dev.jango.web.commands;

import dev.jango.cli.Project;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.apps.ProjectDefinition;
import dev.jango.web.apps.WebApplication;
import dev.jango.web.server.JangoServer;
import dev.jango.web.server.ServerConfig;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.settings.Profile;
import dev.jango.web.settings.Settings;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code manage runserver [ADDRPORT] [--reload|--noreload] [--build-command CMD]}: serves the project on Jetty (one
 * virtual thread per request) with the standard middleware stack, until interrupted. {@code ADDRPORT} is
 * {@code 8000}, {@code 0.0.0.0:8000} or {@code [::1]:8000}; without it, {@code JANGO_HOST}/{@code PORT} from the
 * settings. With reloading (the default in the dev profile with debug on, as Django) this process only watches the
 * project and runs the server as a child JVM that it replaces on every change ({@link Reloader}).
 *
 * <pre>{@code
 * $ ./manage runserver 0.0.0.0:8080 --build-command "mvn -q compile"
 * [reload] Watching src/main, target/classes for changes (debounce 300 ms, build: mvn -q compile)
 * [reload] server process 41234 started
 * Jango serving http://0.0.0.0:8080/ (profile dev, debug on); Ctrl-C to stop
 * }</pre>
 */
@Command(name = "runserver", description = "Serves the project (development server; production runs the same way).")
public final class RunServerCommand implements Callable<Integer> {
    private final Project project;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ADDRPORT", description = "port or address:port")
    String addrport;

    @Option(names = "--reload", description = "restart the server when sources, resources or classes change"
            + " (default: on in the dev profile with debug on)")
    boolean reload;

    @Option(names = "--noreload", description = "never restart the server on changes")
    boolean noreload;

    @Option(names = "--build-command", paramLabel = "CMD", defaultValue = "${env:JANGO_BUILD_COMMAND}",
            description = "shell command run before a restart when a source changed, e.g. 'mvn -q compile'"
                    + " (default: $JANGO_BUILD_COMMAND; none: restart on changed classes and resources only)")
    String buildCommand;

    public RunServerCommand(Project project) {
        this.project = project;
    }

    /** Host and port parsed from {@code addrport}, defaulting to the settings. */
    record Bind(String host, int port) {
        static Bind parse(String addrport, Settings settings) {
            if (addrport == null || addrport.isBlank()) {
                return new Bind(settings.host(), settings.port());
            }
            String host = settings.host();
            String port = addrport;
            if (addrport.startsWith("[")) {
                int end = addrport.indexOf("]:");
                if (end < 0) {
                    throw new IllegalArgumentException("'" + addrport + "' is not [ipv6]:port");
                }
                host = addrport.substring(1, end);
                port = addrport.substring(end + 2);
            } else if (addrport.contains(":")) {
                host = addrport.substring(0, addrport.lastIndexOf(':'));
                port = addrport.substring(addrport.lastIndexOf(':') + 1);
            }
            try {
                int p = Integer.parseInt(port);
                if (p < 0 || p > 65_535) {
                    throw new NumberFormatException();
                }
                return new Bind(host.isEmpty() ? settings.host() : host, p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + addrport + "' is not a port number or address:port");
            }
        }
    }

    /** Starts the project's server; the caller closes it. */
    public static JangoServer start(Project project, String addrport) {
        AppRegistry registry = WebCommands.registry(project);
        var routes = project.extension(ProjectDefinition.class).map(d -> d.routes(registry))
                .orElseGet(registry::routes);
        Bind bind = Bind.parse(addrport, registry.settings());
        ServerConfig config = ServerConfig.defaults().withHost(bind.host()).withPort(bind.port())
                .withLimits(RequestLimits.defaults().withUploads(registry.settings().uploads()));
        return JangoServer.start(config, WebApplication.dispatcher(registry, routes));
    }

    /** Whether to run under the reloader: flags first, else on in the dev profile with debug on. */
    static boolean reloads(boolean reload, boolean noreload, Settings settings) {
        if (reload && noreload) {
            throw new IllegalArgumentException("--reload and --noreload contradict each other; give one");
        }
        if (reload || noreload) {
            return reload;
        }
        return settings.profile() == Profile.DEV && settings.debug();
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = WebCommands.registry(project).settings();
        String parent = System.getenv(ServerProcess.PARENT_ENV);
        if (parent == null && reloads(reload, noreload, settings)) {
            return new Reloader(project.baseDir(), addrport, Optional.ofNullable(buildCommand),
                    spec.commandLine().getOut()).run();
        }
        ServerProcess.exitWithParent(parent);
        try (JangoServer server = start(project, addrport)) {
            spec.commandLine().getOut().println("Jango serving " + server.uri() + " (profile "
                    + settings.profile().label() + ", debug " + (settings.debug() ? "on" : "off")
                    + "); Ctrl-C to stop");
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::close));
            server.join();
        }
        return 0;
    }
}
