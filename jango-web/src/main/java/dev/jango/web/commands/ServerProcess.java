package dev.jango.web.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The server child of the reloader: {@code manage runserver --noreload} in a fresh JVM with this JVM's class path
 * and options, told its parent's PID so that it exits if the parent dies without stopping it (no orphans even
 * after a {@code kill -9} of the parent).
 */
final class ServerProcess {
    /** Environment variable carrying the reloader's PID into the child. */
    static final String PARENT_ENV = "JANGO_RELOAD_PARENT";

    private final Process process;

    private ServerProcess(Process process) {
        this.process = process;
    }

    /** Starts the child for {@code baseDir}, binding {@code addrport} (may be null: the settings decide). */
    static ServerProcess start(Path baseDir, String addrport) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A debugger agent would try to bind its port a second time; the child runs without it.
            if (!arg.startsWith("-agentlib:jdwp") && !arg.startsWith("-Xrunjdwp") && !arg.equals("-Xdebug")) {
                command.add(childArchive(arg));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.jango.cli.Manage", "runserver"));
        if (addrport != null && !addrport.isBlank()) {
            command.add(addrport);
        }
        command.add("--noreload");
        ProcessBuilder pb = new ProcessBuilder(command).directory(baseDir.toFile()).inheritIO();
        pb.environment().put(PARENT_ENV, Long.toString(ProcessHandle.current().pid()));
        pb.environment().put("JANGO_BASE_DIR", baseDir.toString());
        try {
            return new ServerProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server process: " + command.getFirst(), e);
        }
    }

    /**
     * The child's own AppCDS archive: {@code x.jsa} becomes {@code x-server.jsa}. The reloader and the server load
     * different classes, and with {@code -XX:+AutoCreateSharedArchive} two JVMs sharing one file would each
     * rewrite it at exit for their own class list.
     */
    static String childArchive(String arg) {
        String flag = "-XX:SharedArchiveFile=";
        if (arg.startsWith(flag) && arg.endsWith(".jsa") && !arg.endsWith("-server.jsa")) {
            return arg.substring(0, arg.length() - ".jsa".length()) + "-server.jsa";
        }
        return arg;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the child has ended. */
    Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /**
     * Stops the child: SIGTERM (its shutdown hook drains requests and closes the port), then SIGKILL if it has not
     * ended within {@code graceSeconds}. Returns once it is gone.
     */
    void stop(long graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the child: ends this JVM (running its shutdown hooks) when the reloader that started it is gone. Does
     * nothing outside a reloader's child.
     */
    static void exitWithParent(String parentPid) {
        if (parentPid == null || parentPid.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid.strip()));
        if (parent.isEmpty()) {
            System.exit(0);
        }
        parent.get().onExit().thenRun(() -> System.exit(0));
    }
}
