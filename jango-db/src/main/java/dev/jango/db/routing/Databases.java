package dev.jango.db.routing;

import dev.jango.db.connection.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of databases by alias plus the routers that choose among them: what {@code Db.configure}
 * builds at start-up, and what a test binds for one call with {@code Db.using(databases, …)}.
 *
 * <pre>{@code
 * Databases dbs = Databases.of(List.of(primary, replica), List.of(new PrimaryReplicaRouter("default",
 *         List.of("replica"))));
 * Db.using(dbs, () -> Book.objects.count());   // read from "replica"
 * }</pre>
 */
public final class Databases {
    private final Map<String, Database> byAlias;
    private final List<DatabaseRouter> routers;

    private Databases(Map<String, Database> byAlias, List<DatabaseRouter> routers) {
        this.byAlias = byAlias;
        this.routers = routers;
    }

    /**
     * @throws IllegalArgumentException if two databases share an alias or none is {@code "default"}
     */
    public static Databases of(List<Database> databases, List<DatabaseRouter> routers) {
        Map<String, Database> byAlias = new LinkedHashMap<>();
        for (Database db : databases) {
            if (byAlias.put(db.alias(), db) != null) {
                throw new IllegalArgumentException("two databases with alias '" + db.alias() + "'");
            }
        }
        if (!byAlias.containsKey("default")) {
            throw new IllegalArgumentException("no 'default' alias among " + byAlias.keySet());
        }
        return new Databases(java.util.Collections.unmodifiableMap(byAlias), List.copyOf(routers));
    }

    /** The database under {@code alias}, or null. */
    public Database get(String alias) {
        return byAlias.get(Objects.requireNonNull(alias, "alias"));
    }

    public Set<String> aliases() {
        return byAlias.keySet();
    }

    public List<DatabaseRouter> routers() {
        return routers;
    }

    /** Closes every pool. */
    public void closeAll() {
        byAlias.values().forEach(Database::close);
    }

    @Override
    public String toString() {
        return "Databases" + byAlias.keySet() + (routers.isEmpty() ? "" : " routed by " + routers);
    }
}
