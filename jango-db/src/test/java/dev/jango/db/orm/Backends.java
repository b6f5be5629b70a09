package dev.jango.db.orm;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.schema.SchemaEditor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/**
 * The backends of {@link OrmTest}: SQLite in a fresh file per test; PostgreSQL from {@code JANGO_TEST_POSTGRES_URL}
 * (else an embedded PostgreSQL) in a schema of its own per JVM; MariaDB from {@code JANGO_TEST_MARIADB_URL} in a
 * database of its own per JVM (skipped with a message when unset, a failure when {@code CI=true}).
 */
final class Backends implements TestTemplateInvocationContextProvider {
    private static final String RUN = "jq_" + UUID.randomUUID().toString().substring(0, 8);
    private static final Map<Vendor, Object> SHARED = new ConcurrentHashMap<>();

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(EachBackend.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Vendor.values()).map(v -> new BackendContext(v, models(context)));
    }

    private static List<ModelMeta<?>> models(ExtensionContext context) {
        OrmTest spec = context.getRequiredTestClass().getAnnotation(OrmTest.class);
        return Stream.of(spec.models()).<ModelMeta<?>>map(ModelMeta::of).toList();
    }

    private record BackendContext(Vendor vendor, List<ModelMeta<?>> models)
            implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + vendor.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Invocation(vendor, models));
        }
    }

    /** Opens the backend, builds the tables, binds the database for the call, cleans up. */
    private static final class Invocation implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
            InvocationInterceptor {
        private final Vendor vendor;
        private final List<ModelMeta<?>> models;
        private Database db;
        private Path sqliteFile;

        Invocation(Vendor vendor, List<ModelMeta<?>> models) {
            this.vendor = vendor;
            this.models = models;
        }

        @Override
        public void beforeEach(ExtensionContext context) throws IOException {
            db = switch (vendor) {
                case SQLITE -> {
                    sqliteFile = Files.createTempFile("jango-orm-", ".sqlite3");
                    yield Database.open("default", "sqlite:" + sqliteFile);
                }
                case POSTGRESQL, MARIADB -> shared(vendor);
            };
            SchemaEditor editor = SchemaEditor.forVendor(vendor.name());
            dropEveryTable();
            for (ModelMeta<?> m : models) {
                editor.createModel(m).forEach(db::execute);
            }
        }

        /**
         * Empties the shared schema (PostgreSQL) or database (MariaDB), not only this test's tables: another test
         * class's table may hold a foreign key to one of ours and would block dropping it.
         */
        private void dropEveryTable() {
            switch (vendor) {
                case SQLITE -> { } // a new file per test
                case POSTGRESQL -> tablesWhere("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                        .forEach(t -> db.execute("DROP TABLE IF EXISTS " + vendor.quote(t) + " CASCADE"));
                case MARIADB -> db.withConnection(c -> {
                    try (var st = c.createStatement()) {
                        st.execute("SET FOREIGN_KEY_CHECKS = 0");
                        try {
                            for (String t : tablesWhere("SELECT table_name FROM information_schema.tables"
                                    + " WHERE table_schema = DATABASE()")) {
                                st.execute("DROP TABLE IF EXISTS " + vendor.quote(t));
                            }
                        } finally {
                            st.execute("SET FOREIGN_KEY_CHECKS = 1");
                        }
                    }
                    return null;
                });
            }
        }

        private List<String> tablesWhere(String sql) {
            return db.query(sql, List.of(), rs -> {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            });
        }

        @Override
        public void afterEach(ExtensionContext context) throws IOException {
            if (vendor == Vendor.SQLITE && db != null) {
                db.close();
                Files.deleteIfExists(sqliteFile);
                Files.deleteIfExists(Path.of(sqliteFile + "-wal"));
                Files.deleteIfExists(Path.of(sqliteFile + "-shm"));
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == Database.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return db;
        }

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                                ReflectiveInvocationContext<Method> invocationContext,
                                                ExtensionContext extensionContext) throws Throwable {
            Throwable[] failure = new Throwable[1];
            Db.using(db, () -> {
                try {
                    invocation.proceed();
                } catch (Throwable t) {
                    failure[0] = t;
                }
                return null;
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private static Database shared(Vendor vendor) {
        Object existing = SHARED.computeIfAbsent(vendor, Backends::openShared);
        if (existing instanceof String skip) {
            throw new TestAbortedException(skip);
        }
        return (Database) existing;
    }

    private static Object openShared(Vendor vendor) {
        String env = vendor == Vendor.POSTGRESQL ? "JANGO_TEST_POSTGRES_URL" : "JANGO_TEST_MARIADB_URL";
        String url = System.getenv(env);
        if (url == null || url.isBlank()) {
            if (vendor == Vendor.MARIADB) {
                String message = "MariaDB tests skipped: " + env + " is not set";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(message + " (CI=true: a missing database is a failure)");
                }
                System.err.println("[jango-db] " + message);
                return message;
            }
            url = embeddedPostgres();
        }
        // A schema / database of our own keeps parallel test runs on a shared server apart.
        try (Database admin = Database.open("admin", url)) {
            if (vendor == Vendor.POSTGRESQL) {
                admin.execute("CREATE SCHEMA " + vendor.quote(RUN));
            } else {
                admin.execute("CREATE DATABASE " + vendor.quote(RUN));
            }
        }
        String base = url;
        Database db = Database.open("default", vendor == Vendor.POSTGRESQL
                ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + RUN
                : url.replaceFirst("^([^/]*//[^/]*/)[^?]*", "$1" + RUN));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.close();
            try (Database admin = Database.open("admin", base)) {
                admin.execute(vendor == Vendor.POSTGRESQL ? "DROP SCHEMA " + vendor.quote(RUN) + " CASCADE"
                        : "DROP DATABASE " + vendor.quote(RUN));
            } catch (RuntimeException ignored) {
                // Best effort at exit; a leftover jq_ schema is harmless.
            }
        }));
        return db;
    }

    private static String embeddedPostgres() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // The process dies with the JVM anyway.
                }
            }));
            return "postgresql://postgres@localhost:" + pg.getPort() + "/postgres";
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }
}
