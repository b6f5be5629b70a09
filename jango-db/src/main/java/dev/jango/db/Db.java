package dev.jango.db;

import dev.jango.db.connection.Database;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.routing.CrossDatabaseRelation;
import dev.jango.db.routing.DatabaseRouter;
import dev.jango.db.routing.Databases;
import dev.jango.db.routing.Hints;
import dev.jango.db.routing.ReadYourWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The databases of the application, by alias, and the routers that pick one per model. {@link #configure} sets
 * them once at start-up; {@link #using} binds another database (or a whole {@link Databases} set) for one call
 * with a {@link ScopedValue}, so nothing is left behind when the call ends. See
 * docs/adr/0010-db-registry-and-scoped-override.md and docs/adr/0013-routers-and-read-your-writes.md.
 *
 * <pre>{@code
 * Db.configure(Map.of("default", "postgresql://app@db:5432/shop", "replica", "postgresql://app@db2:5432/shop"),
 *         List.of(new PrimaryReplicaRouter("default", List.of("replica"))));
 * Book.objects.count();                           // routed: the replica
 * Db.database().atomic(() -> …);                  // the default alias
 * Db.pinToPrimary(() -> view.handle(request));    // after a write, the request reads the primary
 * Db.using(testDb, () -> Book.objects.count());   // testDb for everything inside the call
 * }</pre>
 */
public final class Db {
    /** The alias {@link #database()} answers with when no database is bound. */
    public static final String DEFAULT = "default";

    /** What a call sees: a single database bound by {@link #using(Database, Callable)}, else a set. */
    private record Binding(Database single, Databases set) {
    }

    private static final ScopedValue<Binding> BOUND = ScopedValue.newInstance();
    /** Written once by {@link #configure}; a second, different configuration is refused. */
    private static final AtomicReference<Registry> REGISTRY = new AtomicReference<>();

    private record Registry(Map<String, String> urls, List<DatabaseRouter> routers, Databases databases) {
    }

    private Db() {
    }

    /** {@link #configure(Map, List)} without routers: everything goes to the default alias unless told. */
    public static void configure(Map<String, String> aliasToUrl) {
        configure(aliasToUrl, List.of());
    }

    /**
     * Opens one pool per alias and installs the routers (consulted in order). Call once at start-up; calling
     * again with the same URLs and routers does nothing.
     *
     * @throws IllegalArgumentException if there is no {@code "default"} alias or a URL is invalid (naming it)
     * @throws IllegalStateException    if a different configuration was set before
     */
    public static void configure(Map<String, String> aliasToUrl, List<DatabaseRouter> routers) {
        Objects.requireNonNull(aliasToUrl, "aliasToUrl");
        Map<String, String> urls = Map.copyOf(aliasToUrl);
        List<DatabaseRouter> routing = List.copyOf(routers);
        Registry existing = REGISTRY.get();
        if (existing != null) {
            if (existing.urls().equals(urls) && existing.routers().equals(routing)) {
                return;
            }
            throw new IllegalStateException("Db is already configured with aliases " + existing.urls().keySet()
                    + "; configure it once at start-up, and bind another database for a call with Db.using(...)");
        }
        if (!urls.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("Db.configure: no '" + DEFAULT + "' alias among " + urls.keySet());
        }
        List<Database> opened = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : urls.entrySet()) {
                opened.add(Database.open(e.getKey(), e.getValue()));
            }
        } catch (RuntimeException e) {
            opened.forEach(Database::close);
            throw e;
        }
        if (!REGISTRY.compareAndSet(null, new Registry(urls, routing, Databases.of(opened, routing)))) {
            opened.forEach(Database::close);
            configure(aliasToUrl, routers);   // lost a race: accept an identical configuration, refuse another
        }
    }

    /**
     * The current default database: the one bound by {@link #using}, else the {@code "default"} of the bound or
     * configured set. Routers are not consulted: this is "the default alias", for code that asks for it.
     *
     * @throws IllegalStateException if there is none
     */
    public static Database database() {
        Binding b = binding();
        if (b != null && b.single() != null) {
            return b.single();
        }
        return databases().get(DEFAULT);
    }

    /**
     * The database under {@code alias}: the bound database when its alias is {@code alias}, else the bound or
     * configured set's.
     *
     * @throws IllegalArgumentException naming the alias and the known ones
     */
    public static Database database(String alias) {
        Binding b = binding();
        if (b != null && b.single() != null && b.single().alias().equals(alias)) {
            return b.single();
        }
        Databases set = b != null && b.set() != null ? b.set() : configured();
        Database db = set == null ? null : set.get(alias);
        if (db == null) {
            throw new IllegalArgumentException("no database alias '" + alias + "' (configured: "
                    + (set == null ? "none" : set.aliases()) + (b == null || b.single() == null ? ""
                    : ", bound: " + b.single().alias()) + ")");
        }
        return db;
    }

    /**
     * Where reads of {@code model} go: a database bound by {@link #using(Database, Callable)} wins; else the first
     * router with an answer; else the default alias.
     */
    public static Database forRead(ModelMeta<?> model, Hints hints) {
        return route(model, hints, false);
    }

    /**
     * Where writes of {@code model} go: as {@link #forRead} with {@code dbForWrite}; when no router answers, the
     * alias the hinted instance was loaded from, else the default. Marks the current {@link #pinToPrimary} scope
     * as having written.
     */
    public static Database forWrite(ModelMeta<?> model, Hints hints) {
        ReadYourWrites.noteWrite();
        return route(model, hints, true);
    }

    private static Database route(ModelMeta<?> model, Hints hints, boolean write) {
        Binding b = binding();
        if (b != null && b.single() != null) {
            return b.single();
        }
        Databases set = databases();
        for (DatabaseRouter router : set.routers()) {
            Optional<String> alias = write ? router.dbForWrite(model, hints) : router.dbForRead(model, hints);
            if (alias.isPresent()) {
                return database(alias.get());
            }
        }
        if (write && hints.instance() != null) {
            Optional<String> origin = hints.instance().databaseAlias();
            if (origin.isPresent() && set.get(origin.get()) != null) {
                return set.get(origin.get());
            }
        }
        return set.get(DEFAULT);
    }

    /**
     * Whether {@code a} may refer to {@code b}: the first router with an answer, else true when both come from
     * the same alias (or either is unsaved).
     */
    public static boolean allowRelation(Entity a, Entity b) {
        Binding bound = binding();
        Databases set = bound != null && bound.set() != null ? bound.set() : configured();
        if (set != null) {
            for (DatabaseRouter router : set.routers()) {
                Optional<Boolean> answer = router.allowRelation(a, b);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        return a.databaseAlias().isEmpty() || b.databaseAlias().isEmpty()
                || a.databaseAlias().equals(b.databaseAlias());
    }

    /**
     * {@link #allowRelation} as a guard for assigning {@code related} to {@code field} of {@code owner}.
     *
     * @throws CrossDatabaseRelation naming the model, the field and both aliases
     */
    public static void checkRelation(ModelMeta<?> model, String field, Entity owner, Entity related) {
        if (!allowRelation(owner, related)) {
            throw new CrossDatabaseRelation(model.name(), field, owner.databaseAlias().orElse("?"),
                    related.databaseAlias().orElse("?"));
        }
    }

    /** Whether migrations of {@code model} run on {@code alias}: the first router with an answer, else true. */
    public static boolean allowMigrate(String alias, String app, ModelMeta<?> model) {
        Binding bound = binding();
        Databases set = bound != null && bound.set() != null ? bound.set() : configured();
        if (set != null) {
            for (DatabaseRouter router : set.routers()) {
                Optional<Boolean> answer = router.allowMigrate(alias, app, model);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        return true;
    }

    /** Runs {@code body} with {@code db} as the database of every read and write; exceptions propagate. */
    public static <T> T using(Database db, Callable<T> body) throws Exception {
        Objects.requireNonNull(db, "db");
        Binding outer = binding();
        return ScopedValue.where(BOUND, new Binding(db, outer == null ? null : outer.set())).call(body::call);
    }

    /** Runs {@code body} with {@code databases} (and its routers) in place of the configured ones. */
    public static <T> T using(Databases databases, Callable<T> body) throws Exception {
        Objects.requireNonNull(databases, "databases");
        return ScopedValue.where(BOUND, new Binding(null, databases)).call(body::call);
    }

    /**
     * Runs {@code body} as one read-your-writes scope (a request, a job): after its first write, its reads go to
     * the primary (see {@link dev.jango.db.routing.PrimaryReplicaRouter}).
     */
    public static <T> T pinToPrimary(Callable<T> body) throws Exception {
        return ReadYourWrites.scope(body);
    }

    private static Databases databases() {
        Binding b = binding();
        Databases set = b != null && b.set() != null ? b.set() : configured();
        if (set == null) {
            throw new IllegalStateException("no database: call Db.configure(Map.of(\"default\", url)) at start-up, "
                    + "or bind one for a call with Db.using(database, ...)");
        }
        return set;
    }

    private static Databases configured() {
        Registry r = REGISTRY.get();
        return r == null ? null : r.databases();
    }

    private static Binding binding() {
        return BOUND.isBound() ? BOUND.get() : null;
    }
}
