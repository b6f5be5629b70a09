package dev.jango.db;

import dev.jango.db.connection.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The databases of the application, by alias. {@link #configure} sets them once at start-up; {@link #using}
 * binds another database as the default for one call (tests, multi-database code) with a {@link ScopedValue},
 * so nothing is left behind when the call ends. See docs/adr/0010-db-registry-and-scoped-override.md.
 *
 * <pre>{@code
 * Db.configure(Map.of("default", "postgresql://app@db:5432/shop", "replica", "postgresql://app@db2:5432/shop"));
 * Db.database().atomic(() -> …);                  // the default alias
 * Db.database("replica").query(…);
 * Db.using(testDb, () -> Book.objects.count());   // testDb is the default inside the call
 * }</pre>
 */
public final class Db {
    /** The alias {@link #database()} answers with when no database is bound. */
    public static final String DEFAULT = "default";

    private static final ScopedValue<Database> BOUND = ScopedValue.newInstance();
    /** Written once by {@link #configure}; a second, different configuration is refused. */
    private static final AtomicReference<Registry> REGISTRY = new AtomicReference<>();

    private record Registry(Map<String, String> urls, Map<String, Database> databases) {
    }

    private Db() {
    }

    /**
     * Opens one pool per alias. Call once at start-up; calling again with the same map does nothing.
     *
     * @throws IllegalArgumentException if there is no {@code "default"} alias or a URL is invalid (naming it)
     * @throws IllegalStateException    if a different configuration was set before
     */
    public static void configure(Map<String, String> aliasToUrl) {
        Objects.requireNonNull(aliasToUrl, "aliasToUrl");
        Map<String, String> urls = Map.copyOf(aliasToUrl);
        Registry existing = REGISTRY.get();
        if (existing != null) {
            if (existing.urls().equals(urls)) {
                return;
            }
            throw new IllegalStateException("Db is already configured with aliases " + existing.databases().keySet()
                    + "; configure it once at start-up, and bind another database for a call with Db.using(...)");
        }
        if (!urls.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("Db.configure: no '" + DEFAULT + "' alias among " + urls.keySet());
        }
        Map<String, Database> databases = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> e : urls.entrySet()) {
                databases.put(e.getKey(), Database.open(e.getKey(), e.getValue()));
            }
        } catch (RuntimeException e) {
            databases.values().forEach(Database::close);
            throw e;
        }
        if (!REGISTRY.compareAndSet(null, new Registry(urls, Map.copyOf(databases)))) {
            databases.values().forEach(Database::close);
            configure(aliasToUrl);   // lost a race: accept an identical configuration, refuse another
        }
    }

    /**
     * The current default database: the one bound by {@link #using}, else the configured {@code "default"}.
     *
     * @throws IllegalStateException if neither exists
     */
    public static Database database() {
        Database bound = bound(BOUND);
        if (bound != null) {
            return bound;
        }
        Registry registry = REGISTRY.get();
        if (registry == null) {
            throw new IllegalStateException("no database: call Db.configure(Map.of(\"default\", url)) at start-up, "
                    + "or bind one for a call with Db.using(database, ...)");
        }
        return registry.databases().get(DEFAULT);
    }

    /**
     * The database configured under {@code alias}; the bound database when its alias is {@code alias}.
     *
     * @throws IllegalArgumentException naming the alias and the known ones
     */
    public static Database database(String alias) {
        Database bound = bound(BOUND);
        if (bound != null && bound.alias().equals(alias)) {
            return bound;
        }
        Registry registry = REGISTRY.get();
        Database db = registry == null ? null : registry.databases().get(alias);
        if (db == null) {
            throw new IllegalArgumentException("no database alias '" + alias + "' (configured: "
                    + (registry == null ? "none" : registry.databases().keySet()) + (bound == null ? ""
                    : ", bound: " + bound.alias()) + ")");
        }
        return db;
    }

    /** Runs {@code body} with {@code db} as the default database; its exceptions propagate unchanged. */
    public static <T> T using(Database db, Callable<T> body) throws Exception {
        Objects.requireNonNull(db, "db");
        return ScopedValue.where(BOUND, db).call(body::call);
    }

    /** The value bound to {@code key}, or null: {@code ScopedValue.orElse} refuses a null default. */
    private static <T> T bound(ScopedValue<T> key) {
        return key.isBound() ? key.get() : null;
    }
}
