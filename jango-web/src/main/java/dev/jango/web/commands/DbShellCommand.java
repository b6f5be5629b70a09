package dev.jango.web.commands;

import dev.jango.cli.Project;
import dev.jango.cli.spi.NoDatabase;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code manage dbshell [--database ALIAS]}: runs the vendor's own client ({@code sqlite3}, {@code psql},
 * {@code mariadb}) on the configured database. Passwords travel in the client's environment variable
 * ({@code PGPASSWORD}, {@code MYSQL_PWD}), never on the command line where {@code ps} shows them.
 *
 * <pre>{@code
 * DbShellCommand.client("postgresql://app:pw@db:5432/shop");
 * // Client[command=[psql, -h, db, -p, 5432, -U, app, shop], env={PGPASSWORD=pw}]
 * }</pre>
 */
@Command(name = "dbshell", description = "Runs the database's command-line client.")
public final class DbShellCommand implements Callable<Integer>, NoDatabase {
    private final Project project;

    @Spec
    CommandSpec spec;

    @Option(names = "--database", defaultValue = "default", description = "Database alias (default: default).")
    String alias;

    @Option(names = "--print", description = "Print the client command instead of running it.")
    boolean print;

    public DbShellCommand(Project project) {
        this.project = project;
    }

    /** A client command and the environment variables it needs. */
    public record Client(List<String> command, Map<String, String> env) {
        public Client {
            command = List.copyOf(command);
            env = Map.copyOf(env);
        }
    }

    /**
     * The client invocation for a Jango database URL.
     *
     * @throws IllegalArgumentException naming the URL when its scheme is not sqlite, postgresql, mariadb or mysql
     */
    public static Client client(String url) {
        if (url.startsWith("sqlite:")) {
            String path = url.substring("sqlite:".length());
            return new Client(List.of("sqlite3", path), Map.of());
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("database URL '" + redact(url) + "' is not a valid URL", e);
        }
        String scheme = String.valueOf(uri.getScheme());
        String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        List<String> cmd = new ArrayList<>();
        Map<String, String> env = new HashMap<>();
        switch (scheme) {
            case "postgresql", "postgres" -> {
                cmd.add("psql");
                add(cmd, "-h", uri.getHost());
                add(cmd, "-p", uri.getPort() < 0 ? null : String.valueOf(uri.getPort()));
                add(cmd, "-U", user);
                if (!password.isEmpty()) {
                    env.put("PGPASSWORD", password);
                }
            }
            case "mariadb", "mysql" -> {
                cmd.add("mariadb");
                add(cmd, "-h", uri.getHost());
                add(cmd, "-P", uri.getPort() < 0 ? null : String.valueOf(uri.getPort()));
                add(cmd, "-u", user);
                if (!password.isEmpty()) {
                    env.put("MYSQL_PWD", password);
                }
            }
            default -> throw new IllegalArgumentException("database URL '" + redact(url)
                    + "' has scheme '" + scheme + "'; dbshell knows sqlite, postgresql, mariadb and mysql");
        }
        if (!db.isEmpty()) {
            cmd.add(db);
        }
        return new Client(cmd, env);
    }

    private static void add(List<String> cmd, String flag, String value) {
        if (value != null && !value.isEmpty()) {
            cmd.add(flag);
            cmd.add(value);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with its password replaced, for messages. */
    static String redact(String url) {
        return url.replaceFirst("://([^:/@]*):[^@/]*@", "://$1:****@");
    }

    @Override
    public Integer call() throws Exception {
        String url = project.databases().get(alias);
        if (url == null) {
            throw new IllegalArgumentException("no database alias '" + alias + "'; configured: "
                    + project.databases().keySet());
        }
        Client client = client(url);
        if (print) {
            spec.commandLine().getOut().println(String.join(" ", client.command()));
            return 0;
        }
        ProcessBuilder pb = new ProcessBuilder(client.command()).directory(project.baseDir().toFile()).inheritIO();
        pb.environment().putAll(client.env());
        try {
            return pb.start().waitFor();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not start '" + client.command().getFirst()
                    + "': is the client installed and on PATH?", e);
        }
    }
}
