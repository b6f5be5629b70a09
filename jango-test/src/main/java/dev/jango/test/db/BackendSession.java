package dev.jango.test.db;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.DatabaseUrl;
import dev.jango.db.connection.Vendor;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.schema.SchemaEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test class on one backend: the isolated place its tests run in (a directory of SQLite files, a PostgreSQL
 * schema, a MariaDB database), reset before each test and removed when the class ends (the class-level JUnit store
 * closes it).
 */
final class BackendSession implements AutoCloseable {
    private static final int POOL = 4;

    private final Vendor vendor;
    private final List<ModelMeta<?>> models;
    private final String space;
    /** Why the backend cannot be used; empty when it can. */
    private final String problem;
    private final Path sqliteDir;
    private final Database admin;
    private final Database shared;
    private int counter;

    private BackendSession(Vendor vendor, List<ModelMeta<?>> models, String space, String problem, Path sqliteDir,
                           Database admin, Database shared) {
        this.vendor = vendor;
        this.models = models;
        this.space = space;
        this.problem = problem;
        this.sqliteDir = sqliteDir;
        this.admin = admin;
        this.shared = shared;
    }

    /** The session of the test class running {@code context} on {@code vendor}; opened on first use. */
    static BackendSession of(ExtensionContext context, Vendor vendor) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        TestServers servers = TestServers.of(context);
        return classContext.getStore(DatabaseExtension.NAMESPACE).computeIfAbsent("session-" + vendor,
                k -> open(vendor, testClass, servers), BackendSession.class);
    }

    private static BackendSession open(Vendor vendor, Class<?> testClass, TestServers servers) {
        List<ModelMeta<?>> models = models(testClass);
        String space = ("jt_" + testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                + "_" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 16, 36));
        if (space.length() > 60) {
            space = space.substring(0, 50) + space.substring(space.length() - 10);
        }
        if (vendor == Vendor.SQLITE) {
            try {
                return new BackendSession(vendor, models, space, "", Files.createTempDirectory(space), null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TestServers.Server server = servers.server(vendor);
        if (server.url().isEmpty()) {
            return new BackendSession(vendor, models, space, server.problem(), null, null, null);
        }
        DatabaseUrl url = server.url().get();
        Database admin = Database.open("admin", url.withPoolSize(1));
        try {
            if (vendor == Vendor.POSTGRESQL) {
                admin.execute("CREATE SCHEMA " + vendor.quote(space));
                return new BackendSession(vendor, models, space, "", null, admin,
                        Database.open("default", url.withOption("currentSchema", space).withPoolSize(POOL)));
            }
            admin.execute("CREATE DATABASE " + vendor.quote(space) + " CHARACTER SET utf8mb4");
            return new BackendSession(vendor, models, space, "", null, admin,
                    Database.open("default", url.withDatabase(space).withPoolSize(POOL)));
        } catch (RuntimeException e) {
            admin.close();
            throw e;
        }
    }

    private static List<ModelMeta<?>> models(Class<?> testClass) {
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            DatabaseTest annotation = c.getAnnotation(DatabaseTest.class);
            if (annotation != null) {
                for (Class<?> model : annotation.models()) {
                    metas.add(ModelMeta.of(model));
                }
                return metas;
            }
        }
        return metas;
    }

    /** Empties the test's database and creates the model tables; returns the database the test uses. */
    Database prepareTest(String testName) {
        Database db = switch (vendor) {
            case SQLITE -> Database.open("default", "sqlite:" + sqliteDir.resolve(
                    testName.replaceAll("[^A-Za-z0-9_]", "") + "-" + (++counter) + ".sqlite3"));
            case POSTGRESQL, MARIADB -> {
                if (!problem.isEmpty()) {
                    if (TestServers.ci()) {
                        throw new IllegalStateException(vendor.label() + " is required when CI=true: " + problem);
                    }
                    Assumptions.abort(vendor.label() + " tests skipped: " + problem + " (with CI=true this fails)");
                }
                reset();
                yield shared;
            }
        };
        for (ModelMeta<?> model : models) {
            for (String sql : SchemaEditor.forVendor(vendor.name()).createModel(model)) {
                db.execute(sql);
            }
        }
        return db;
    }

    private void reset() {
        if (vendor == Vendor.POSTGRESQL) {
            admin.execute("DROP SCHEMA IF EXISTS " + vendor.quote(space) + " CASCADE");
            admin.execute("CREATE SCHEMA " + vendor.quote(space));
            return;
        }
        shared.withConnection(c -> {
            List<String> tables = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                try (var s = c.createStatement()) {
                    s.execute("SET FOREIGN_KEY_CHECKS = 0");
                    s.execute("DROP TABLE " + String.join(", ", tables.stream().map(vendor::quote).toList()));
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            return null;
        });
    }

    /** Releases what only this test used: SQLite's per-test file. */
    void finishTest(Database db) {
        if (vendor != Vendor.SQLITE) {
            return;
        }
        db.close();
        String base = db.url().database();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(base + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (sqliteDir != null) {
            try (Stream<Path> files = Files.list(sqliteDir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(sqliteDir);
        }
        if (shared != null) {
            shared.close();
        }
        if (admin != null) {
            try {
                admin.execute(vendor == Vendor.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + vendor.quote(space) + " CASCADE"
                        : "DROP DATABASE IF EXISTS " + vendor.quote(space));
            } finally {
                admin.close();
            }
        }
    }
}
