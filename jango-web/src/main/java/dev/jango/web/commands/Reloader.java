package dev.jango.web.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parent side of {@code runserver --reload}: runs the server as a child JVM ({@link ServerProcess}), watches
 * the project's sources, resources and compiled classes ({@link SourceWatcher}), and on a (debounced) change runs
 * the build command when one is configured and a source changed, then replaces the child. A failed build keeps the
 * running server; a crashed child is restarted on the next change. Stopping the parent (Ctrl-C, SIGTERM) stops the
 * child first.
 *
 * <pre>
 *  manage runserver --reload                  (this process: watches, never serves)
 *   └─ java … Manage runserver --noreload     (child: serves; exits if the parent disappears)
 * </pre>
 */
final class Reloader {
    static final Duration DEBOUNCE = Duration.ofMillis(300);
    private static final long STOP_GRACE_SECONDS = 10;

    private final Path baseDir;
    private final String addrport;
    private final Optional<String> buildCommand;
    private final PrintWriter out;
    private volatile ServerProcess child;
    private volatile boolean stopping;

    Reloader(Path baseDir, String addrport, Optional<String> buildCommand, PrintWriter out) {
        this.baseDir = baseDir;
        this.addrport = addrport;
        this.buildCommand = buildCommand.filter(c -> !c.isBlank());
        this.out = out;
    }

    /** The folders watched under {@code baseDir}: sources and resources, and the compiled classes. */
    static List<Path> watchedFolders(Path baseDir) {
        return List.of(baseDir.resolve("src/main"), baseDir.resolve("target/classes"));
    }

    /** Runs until interrupted or the JVM is stopped; the child never outlives it. */
    int run() throws InterruptedException {
        List<Path> roots = watchedFolders(baseDir).stream().filter(Files::isDirectory).toList();
        Thread stopChild = Thread.ofPlatform().unstarted(() -> {
            stopping = true; // no new child once the JVM is going down
            stopChild();
        });
        Runtime.getRuntime().addShutdownHook(stopChild);
        try (SourceWatcher watcher = new SourceWatcher(roots)) {
            say("Watching " + (roots.isEmpty() ? "nothing (no src/main or target/classes under " + baseDir + ")"
                    : roots.stream().map(r -> relative(r)).collect(Collectors.joining(", ")))
                    + " for changes (debounce " + DEBOUNCE.toMillis() + " ms"
                    + buildCommand.map(c -> ", build: " + c).orElse("") + ")");
            startChild();
            boolean reportedExit = false;
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.await(Duration.ofMillis(500), DEBOUNCE);
                ServerProcess current = child;
                if (changed.isEmpty()) {
                    if (current != null && !current.isAlive() && !reportedExit) {
                        say("server process " + current.pid() + " exited with code " + current.exitCode().orElse(-1)
                                + "; waiting for a change to restart it");
                        reportedExit = true;
                    }
                    continue;
                }
                say("Changed: " + describe(changed));
                if (buildCommand.isEmpty() && changed.stream().allMatch(Reloader::isJavaSource)) {
                    // Restarting on uncompiled sources would serve the old classes: wait for the compiler's output.
                    say("no --build-command: waiting for the compiled classes in target/classes");
                    continue;
                }
                if (buildCommand.isPresent() && changed.stream().anyMatch(p -> p.startsWith(baseDir.resolve("src")))) {
                    int code = build(buildCommand.get());
                    watcher.drain(); // the build's own output is not a new change
                    if (code != 0) {
                        say("build failed (exit " + code + "); still serving the previous build");
                        continue;
                    }
                }
                stopChild();
                startChild();
                reportedExit = false;
            }
            return 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            stopChild();
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook runs anyway and finds no child.
            }
        }
    }

    static boolean isJavaSource(Path p) {
        return p.getFileName().toString().endsWith(".java");
    }

    private synchronized void startChild() {
        if (stopping) {
            return;
        }
        child = ServerProcess.start(baseDir, addrport);
        say("server process " + child.pid() + " started");
    }

    private synchronized void stopChild() {
        ServerProcess c = child;
        if (c != null && c.isAlive()) {
            c.stop(STOP_GRACE_SECONDS);
        }
    }

    private int build(String command) throws InterruptedException {
        say("Building: " + command);
        try {
            Process p = new ProcessBuilder("sh", "-c", command).directory(baseDir.toFile()).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            say("cannot run the build command: " + e.getMessage());
            return -1;
        }
    }

    private String describe(Set<Path> changed) {
        String first = changed.stream().limit(3).map(this::relative).collect(Collectors.joining(", "));
        return changed.size() > 3 ? first + " and " + (changed.size() - 3) + " more" : first;
    }

    private String relative(Path p) {
        return p.startsWith(baseDir) ? baseDir.relativize(p).toString() : p.toString();
    }

    private void say(String line) {
        out.println("[reload] " + line);
        out.flush();
    }
}
