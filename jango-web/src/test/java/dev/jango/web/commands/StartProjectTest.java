package dev.jango.web.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.cli.Manage;
import dev.jango.cli.Project;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.apps.ProjectDefinition;
import dev.jango.web.apps.WebProjectLoader;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.RouteMatch;
import dev.jango.web.routing.Router;
import dev.jango.web.server.JangoServer;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code startproject} output compiles against this build's classes, its project is found by {@code manage}, passes
 * {@code check}, and its home page renders through the router.
 */
class StartProjectTest {
    @TempDir
    Path dir;

    @Test
    void generatedProjectCompilesPassesCheckAndServesItsPage() throws Exception {
        StringWriter out = new StringWriter();
        Project here = new Project(dir, Map.of("default", "sqlite::memory:"), List.of());
        int code = Manage.run(here, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "startproject", "bookshop", "--package", "com.example.bookshop");
        assertThat(code).isZero();
        Path root = dir.resolve("bookshop");
        assertThat(out.toString()).contains("Created project 'bookshop' in " + root);
        assertThat(root.resolve("manage")).isExecutable();
        assertThat(Files.readString(root.resolve("pom.xml"))).contains("<artifactId>jango-web</artifactId>");

        Path classes = compile(root);
        URL[] urls = {classes.toUri().toURL(), root.resolve("src/main/resources").toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(urls, getClass().getClassLoader())) {
            withContextLoader(loader, () -> {
                ProjectDefinition definition = ServiceLoader.load(ProjectDefinition.class, loader).findFirst()
                        .orElseThrow();
                assertThat(definition.getClass().getName()).isEqualTo("com.example.bookshop.BookshopProject");
                AppRegistry registry = definition.load(Map.of());
                assertThat(registry.settings().database("default")).isEqualTo("sqlite:db.sqlite3");
                Router router = Router.of(definition.routes(registry));
                RouteMatch match = router.resolve("/home/").orElseThrow();
                HttpResponse page = match.route().view().handle(dev.jango.web.http.HttpRequest.builder("GET", "/home/").build());
                assertThat(page.status()).isEqualTo(200);
                assertThat(new String(page.bytes(), StandardCharsets.UTF_8))
                        .contains("<title>bookshop</title>", "<h1>Welcome to bookshop</h1>", "<p>It works.</p>",
                                "href=\"/static/site.css\"");
                assertThat(router.reverse("home:index")).isEqualTo("/home/");

                Project project = new WebProjectLoader().load(root, Map.of()).orElseThrow();
                StringWriter checkOut = new StringWriter();
                int check = Manage.run(project, new PrintWriter(checkOut), new PrintWriter(new StringWriter()),
                        "check");
                assertThat(check).isZero();
                assertThat(checkOut.toString()).contains("System check identified no issues");

                long t0 = System.nanoTime();
                try (JangoServer server = RunServerCommand.start(project, "127.0.0.1:0")) {
                    HttpClient client = HttpClient.newHttpClient();
                    java.net.http.HttpResponse<String> served = client.send(HttpRequest.newBuilder(
                            server.uri().resolve("/home/")).build(), BodyHandlers.ofString());
                    long firstMs = (System.nanoTime() - t0) / 1_000_000;
                    System.out.println("startproject: server start to first served page " + firstMs + " ms");
                    assertThat(served.statusCode()).isEqualTo(200);
                    assertThat(served.body()).contains("<h1>Welcome to bookshop</h1>");
                    assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                    assertThat(rawGet(server.port(), "evil.example.com")).startsWith("HTTP/1.1 400");
                }
                return null;
            });
        }
    }

    @Test
    void generatedProjectRunsThroughTheManageLauncherWithExitCodes() throws Exception {
        Path root = ProjectFiles.write(dir, "kiosk", "org.example.kiosk");
        Path classes = compile(root);
        String cp = classes + java.io.File.pathSeparator + root.resolve("src/main/resources")
                + java.io.File.pathSeparator + System.getProperty("java.class.path");
        Launch dev = manage(root, cp, Map.of(), "check", "--deploy");
        assertThat(dev.exit()).as(dev.output()).isEqualTo(1);
        assertThat(dev.output()).contains("?: (security.E100) the development secret key is in use");
        Launch prod = manage(root, cp, Map.of("JANGO_PROFILE", "prod", "JANGO_ALLOWED_HOSTS", "kiosk.example.org",
                "JANGO_SECRET_KEY", "k3y-with-enough-entropy-0123456789-abcdefghijklmnopqrstuvwxyz"),
                "check", "--deploy");
        assertThat(prod.exit()).as(prod.output()).isZero();
        assertThat(prod.output()).contains("System check identified no issues (0 silenced).");
        Launch missingKey = manage(root, cp, Map.of("JANGO_PROFILE", "prod"), "check");
        assertThat(missingKey.exit()).isEqualTo(1);
        assertThat(missingKey.output()).contains("the prod profile needs a secret key: set JANGO_SECRET_KEY");
    }

    record Launch(int exit, String output) {
    }

    private static Launch manage(Path root, String classpath, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", classpath, "dev.jango.cli.Manage"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("JANGO_"));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        System.out.println("manage " + String.join(" ", args) + ": exit " + exit + " in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms (JVM start included)");
        return new Launch(exit, output);
    }

    @Test
    void refusesBadNamesAndNonEmptyFolders() throws IOException {
        assertThatThrownBy(() -> ProjectFiles.write(dir, "Book-Shop", "x"))
                .hasMessageContaining("project name 'Book-Shop' is invalid");
        assertThatThrownBy(() -> ProjectFiles.write(dir, "shop", "com.Example"))
                .hasMessageContaining("package 'com.Example'");
        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/file.txt"), "x");
        assertThatThrownBy(() -> ProjectFiles.write(dir, "taken", "taken"))
                .hasMessageContaining("already exists and is not empty");
        assertThat(ProjectFiles.className("book_shop")).isEqualTo("BookShop");
    }

    private static String rawGet(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /home/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path compile(Path root) throws IOException {
        Path classes = Files.createDirectories(root.resolve("target/classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), "-proc:none", "-Xlint:all", "-Werror"));
        args.addAll(sources);
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(rc).as("javac of the generated project: %s", diagnostics).isZero();
        return classes;
    }

    private static <T> T withContextLoader(ClassLoader loader, Callable<T> body) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return body.call();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
