package dev.jango.web.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.settings.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runserver --reload} as a user runs it: a real parent JVM on a temporary project, a free loopback port, a
 * file change, a new server process. Every process is one this test started (the parent) or one the parent
 * started; anything left is killed by PID at the end.
 */
class RunServerReloadTest {
    static final Pattern STARTED = Pattern.compile("server process (\\d+) started");
    static final Duration WAIT = Duration.ofSeconds(60);
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path project;
    final List<ProcessHandle> started = new ArrayList<>();
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final StringBuilder log = new StringBuilder();

    @AfterEach
    void killLeftovers() {
        for (ProcessHandle p : started) {
            p.destroyForcibly(); // only processes this test or its reloader started
        }
    }

    Process startReloader(int port, String... extra) throws IOException {
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/resources/greeting.txt"), "hello");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), "dev.jango.cli.Manage", "runserver", "127.0.0.1:" + port,
                "--reload"));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("JANGO_BASE_DIR", project.toString());
        pb.environment().remove(ServerProcess.PARENT_ENV);
        Process parent = pb.start();
        started.add(parent.toHandle());
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                // the parent ended
            }
        });
        return parent;
    }

    long nextServerPid() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            Matcher m = line == null ? null : STARTED.matcher(line);
            if (m != null && m.find()) {
                long pid = Long.parseLong(m.group(1));
                ProcessHandle.of(pid).ifPresent(started::add);
                return pid;
            }
        }
        throw new AssertionError("no server process started within " + WAIT + "; output:\n" + output());
    }

    String output() {
        synchronized (log) {
            return log.toString();
        }
    }

    void awaitServing(int port) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int status = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(2)).build(), BodyHandlers.discarding()).statusCode();
                assertThat(status).isEqualTo(404); // a bare project: no routes, but a live server answering
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("nothing served on port " + port + " within " + WAIT + "; output:\n" + output());
    }

    static boolean endsWithin(long pid, Duration d) throws InterruptedException {
        long deadline = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(100);
            } else {
                return true;
            }
        }
        return false;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void theServerChildGetsItsOwnCdsArchive() {
        assertThat(ServerProcess.childArchive("-XX:SharedArchiveFile=target/bookstore.jsa"))
                .isEqualTo("-XX:SharedArchiveFile=target/bookstore-server.jsa");
        assertThat(ServerProcess.childArchive("-XX:SharedArchiveFile=target/bookstore-server.jsa"))
                .isEqualTo("-XX:SharedArchiveFile=target/bookstore-server.jsa");
        assertThat(ServerProcess.childArchive("-Xmx1g")).isEqualTo("-Xmx1g");
    }

    @Test
    void aChangedFileRestartsTheServerAndStoppingTheParentStopsTheChild() throws Exception {
        int port = freePort();
        Process parent = startReloader(port);
        long first = nextServerPid();
        awaitServing(port);

        // A Java source alone, with no build command, does not restart: the classes have not changed yet.
        Files.writeString(project.resolve("src/main/java/A.java"), "class A {}");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!output().contains("waiting for the compiled classes") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(output()).contains("no --build-command: waiting for the compiled classes in target/classes");
        assertThat(STARTED.matcher(output()).results().count()).as("still the first server process").isEqualTo(1);

        Files.writeString(project.resolve("src/main/resources/greeting.txt"), "hello again");
        long second = nextServerPid();
        assertThat(second).isNotEqualTo(first);
        assertThat(endsWithin(first, Duration.ofSeconds(15))).as("the old server process ended").isTrue();
        awaitServing(port);
        assertThat(output()).contains("[reload] Changed: src/main/resources/greeting.txt");

        parent.destroy(); // SIGTERM, as a terminal's Ctrl-C or a process manager sends
        assertThat(parent.waitFor(30, TimeUnit.SECONDS)).as("the reloader stopped").isTrue();
        assertThat(endsWithin(second, Duration.ofSeconds(15))).as("no orphaned server process").isTrue();
    }

    @Test
    void aSourceChangeRunsTheBuildFirstAndAFailedBuildKeepsTheRunningServer() throws Exception {
        Path java = Files.createDirectories(project.resolve("src/main/java"));
        int port = freePort();
        // The "build" fails while a Broken.java exists, and records each successful run.
        Process parent = startReloader(port, "--build-command",
                "test ! -f src/main/java/Broken.java && echo built >> build.log");
        long first = nextServerPid();
        awaitServing(port);

        Files.writeString(java.resolve("A.java"), "class A {}");
        long second = nextServerPid();
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readAllLines(project.resolve("build.log"))).containsExactly("built");
        awaitServing(port);

        Files.writeString(java.resolve("Broken.java"), "class Broken {");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!output().contains("build failed (exit 1); still serving the previous build")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(output()).contains("build failed (exit 1); still serving the previous build");
        assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive)).contains(true);
        awaitServing(port);
        parent.destroy();
        assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(endsWithin(second, Duration.ofSeconds(15))).isTrue();
    }

    @Test
    void theChildEndsItselfWhenTheParentIsKilledOutright() throws Exception {
        int port = freePort();
        Process parent = startReloader(port);
        long child = nextServerPid();
        awaitServing(port);
        parent.destroyForcibly(); // SIGKILL: the parent's shutdown hook cannot run
        assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(endsWithin(child, Duration.ofSeconds(20))).as("the child noticed and exited").isTrue();
    }

    @Test
    void reloadIsTheDevDefaultAndFlagsDecide() {
        Settings dev = Settings.load(Map.of());
        Settings devNoDebug = Settings.load(Map.of("JANGO_DEBUG", "false"));
        Settings base = Settings.load(Map.of("JANGO_PROFILE", "base"));
        assertThat(RunServerCommand.reloads(false, false, dev)).isTrue();
        assertThat(RunServerCommand.reloads(false, false, devNoDebug)).isFalse();
        assertThat(RunServerCommand.reloads(false, false, base)).isFalse();
        assertThat(RunServerCommand.reloads(true, false, base)).isTrue();
        assertThat(RunServerCommand.reloads(false, true, dev)).isFalse();
        assertThatThrownBy(() -> RunServerCommand.reloads(true, true, dev)).hasMessageContaining("contradict");
    }

    @Test
    void theWatcherDebouncesABurstIntoOneBatchAndSeesNewFolders() throws Exception {
        Path src = Files.createDirectories(project.resolve("src/main/java"));
        try (SourceWatcher w = new SourceWatcher(List.of(project.resolve("src/main")))) {
            assertThat(w.await(Duration.ofMillis(200), Duration.ofMillis(200))).isEmpty();
            Files.writeString(src.resolve("A.java"), "class A {}");
            Files.writeString(src.resolve("B.java"), "class B {}");
            Files.writeString(src.resolve(".A.java.swp"), "editor noise");
            Set<Path> batch = w.await(Duration.ofSeconds(10), Duration.ofMillis(300));
            assertThat(batch).contains(src.resolve("A.java"), src.resolve("B.java"))
                    .doesNotContain(src.resolve(".A.java.swp"));
            Path pkg = Files.createDirectories(src.resolve("shop"));
            Files.writeString(pkg.resolve("C.java"), "class C {}"); // may land before the folder is watched
            Set<Path> created = w.await(Duration.ofSeconds(10), Duration.ofMillis(300));
            assertThat(created).contains(pkg.resolve("C.java")).doesNotContain(pkg);
            Files.writeString(pkg.resolve("D.java"), "class D {}");
            assertThat(w.await(Duration.ofSeconds(10), Duration.ofMillis(300))).containsExactly(pkg.resolve("D.java"));
        }
    }
}
