package dev.jango.test.routing;

import static dev.jango.test.routing.ShelfMeta.SHELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jango.db.Db;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.DatabaseUrl;
import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.Assignment;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.routing.CrossDatabaseRelation;
import dev.jango.db.routing.DatabaseRouter;
import dev.jango.db.routing.Databases;
import dev.jango.db.routing.PrimaryReplicaRouter;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;

/**
 * Routing between two PostgreSQL databases: the harness's (the primary, alias {@code default}) and
 * {@code jango_test_replica} on the same server, whose rows are told apart by name. Runs on PostgreSQL only.
 * The replica's table lives in a schema named like the primary's per-class schema, so concurrent runs of this
 * test (several checkouts, one server) never share a table.
 */
// Looks up the same shelf by name on several aliases on purpose: not an N+1, so the gate is off.
@DatabaseTest(models = Shelf.class, nPlusOneThreshold = 0)
class PrimaryReplicaRoutingTest {
    private static final String REPLICA_DB = "jango_test_replica";
    /** The replica schemas this class made, dropped after it: one per backend session, so a few at most. */
    private static final Set<DatabaseUrl> MADE = ConcurrentHashMap.newKeySet();

    @AfterAll
    static void dropReplicaSchemas() {
        for (DatabaseUrl url : MADE) {
            String schema = url.options().get("currentSchema");
            try (Database replica = Database.open("cleanup", new DatabaseUrl(Vendor.POSTGRESQL, url.host(), url.port(),
                    REPLICA_DB, url.user(), url.password(), 1, Map.of()))) {
                replica.execute("DROP SCHEMA IF EXISTS " + Vendor.POSTGRESQL.quote(schema) + " CASCADE");
            }
        }
    }

    @BackendTest
    void readsGoToTheReplicasInTurnAndWritesToThePrimary(Database primary) throws Exception {
        try (Database replica = replicaOf(primary, "replica"); Database second = replicaOf(primary, "replica2")) {
            Databases dbs = Databases.of(List.of(primary, replica, second),
                    List.of(new PrimaryReplicaRouter("default", List.of("replica", "replica2"))));
            Db.using(dbs, () -> {
                assertThat(names()).containsExactly("on-replica");
                assertThat(Shelf.objects.all().list().getFirst().databaseAlias()).contains("replica2");
                assertThat(Shelf.objects.all().list().getFirst().databaseAlias()).contains("replica");
                assertThat(Shelf.objects.count()).isEqualTo(1);

                Shelf made = Shelf.objects.create(s -> s.name = "written");
                assertThat(made.databaseAlias()).contains("default");
                assertThat(primaryNames(primary)).containsExactly("on-primary", "written");
                assertThat(Shelf.objects.filter(SHELF.name.eq("on-replica")).update(Assignment.of(SHELF.name,
                        "renamed"))).as("a QuerySet update goes to the primary, which has no such row").isZero();
                assertThat(primary.atomic(() -> names())).as("inside atomic, reads use the primary")
                        .containsExactly("on-primary", "written");
                return null;
            });
        }
    }

    @BackendTest
    void usingAnAliasDirectsReadsAndWritesThere(Database primary) throws Exception {
        try (Database replica = replicaOf(primary, "replica")) {
            Databases dbs = Databases.of(List.of(primary, replica), List.of());
            Db.using(dbs, () -> {
                assertThat(names()).as("no router: the default alias").containsExactly("on-primary");
                Shelf.objects.using("replica").create(s -> s.name = "second");
                assertThat(Shelf.objects.all().using("replica").filter(SHELF.name.eq("second"))
                        .update(Assignment.of(SHELF.name, "third"))).isEqualTo(1);
                Shelf loaded = Shelf.objects.using("replica").get(SHELF.name.eq("third"));
                loaded.name = "fourth";
                Shelf.objects.save(loaded);   // no router: written back where it was loaded from
                assertThat(Shelf.objects.all().using("replica").orderBy("id").valuesList(SHELF.name).list())
                        .containsExactly("on-replica", "fourth");
                assertThat(Shelf.objects.all().using("replica").filter(SHELF.name.eq("fourth")).delete().total())
                        .isEqualTo(1);
                assertThat(names()).containsExactly("on-primary");
                return null;
            });
        }
    }

    @BackendTest
    void aScopeThatWroteReadsItsOwnWritesFromThePrimary(Database primary) throws Exception {
        try (Database replica = replicaOf(primary, "replica")) {
            Databases dbs = Databases.of(List.of(primary, replica),
                    List.of(new PrimaryReplicaRouter("default", List.of("replica"))));
            Db.using(dbs, () -> Db.pinToPrimary(() -> {
                assertThat(names()).as("before any write: the replica").containsExactly("on-replica");
                Shelf.objects.create(s -> s.name = "mine");
                assertThat(names()).as("after a write: the primary").containsExactly("on-primary", "mine");
                return null;
            }));
            assertThat(Db.using(dbs, () -> names())).as("a new scope starts on the replica again")
                    .containsExactly("on-replica");
        }
    }

    @BackendTest
    void relationsAcrossDatabasesAreRefusedUnlessARouterAllowsThem(Database primary) throws Exception {
        try (Database replica = replicaOf(primary, "replica")) {
            Databases plain = Databases.of(List.of(primary, replica), List.of());
            Db.using(plain, () -> {
                Shelf here = Shelf.objects.get(SHELF.name.eq("on-primary"));
                Shelf there = Shelf.objects.using("replica").get(SHELF.name.eq("on-replica"));
                assertThatThrownBy(() -> Db.checkRelation(SHELF, "parent", here, there))
                        .isInstanceOf(CrossDatabaseRelation.class)
                        .hasMessageContaining("Shelf.parent").hasMessageContaining("'default'")
                        .hasMessageContaining("'replica'");
                Db.checkRelation(SHELF, "parent", here, Shelf.objects.get(SHELF.name.eq("on-primary")));
                assertThat(Db.allowMigrate("replica", "shop", SHELF)).isTrue();
                return null;
            });
            DatabaseRouter noMigrationsOnReplica = new DatabaseRouter() {
                @Override
                public Optional<Boolean> allowMigrate(String alias, String app, ModelMeta<?> model) {
                    return alias.equals("replica") ? Optional.of(false) : Optional.empty();
                }
            };
            Databases routed = Databases.of(List.of(primary, replica),
                    List.of(noMigrationsOnReplica, new PrimaryReplicaRouter("default", List.of("replica"))));
            Db.using(routed, () -> {
                Shelf here = Shelf.objects.using("default").get(SHELF.name.eq("on-primary"));
                Shelf there = Shelf.objects.get(SHELF.name.eq("on-replica"));
                Db.checkRelation(SHELF, "parent", here, there);   // the same data: the router allows it
                assertThat(Db.allowMigrate("replica", "shop", SHELF)).isFalse();
                assertThat(Db.allowMigrate("default", "shop", SHELF)).isTrue();
                return null;
            });
        }
    }

    private static List<String> names() {
        return Shelf.objects.all().orderBy("id").valuesList(SHELF.name).list();
    }

    private static List<String> primaryNames(Database primary) throws Exception {
        return Db.using(primary, PrimaryReplicaRoutingTest::names);
    }

    /**
     * A pool on the replica database (created on first use), holding one row {@code on-replica}; the primary gets
     * {@code on-primary}.
     */
    private static Database replicaOf(Database primary, String alias) throws Exception {
        assumeTrue(primary.vendor() == Vendor.POSTGRESQL, "the replica router is tested on PostgreSQL");
        ensureDatabase(primary);
        DatabaseUrl p = primary.url();
        String schema = p.options().getOrDefault("currentSchema", "public");
        Database replica = Database.open(alias, new DatabaseUrl(Vendor.POSTGRESQL, p.host(), p.port(), REPLICA_DB,
                p.user(), p.password(), 2, Map.of("currentSchema", schema)));
        if (alias.equals("replica")) {
            replica.execute("DROP SCHEMA IF EXISTS " + Vendor.POSTGRESQL.quote(schema) + " CASCADE");
            replica.execute("CREATE SCHEMA " + Vendor.POSTGRESQL.quote(schema));
            MADE.add(replica.url());
            SchemaEditor.forVendor(Vendor.POSTGRESQL).createModel(SHELF).forEach(replica::execute);
            replica.update("INSERT INTO shelf (name) VALUES (?)", List.of(BoundValue.of("on-replica")));
            if (Db.using(primary, () -> Shelf.objects.count()) == 0) {
                Db.using(primary, () -> Shelf.objects.create(s -> s.name = "on-primary"));
            }
        }
        return replica;
    }

    private static void ensureDatabase(Database server) {
        boolean exists = server.query("SELECT 1 FROM pg_database WHERE datname = ?",
                List.of(BoundValue.of(REPLICA_DB)), java.sql.ResultSet::next);
        if (!exists) {
            try {
                server.execute("CREATE DATABASE " + REPLICA_DB);
            } catch (RuntimeException raced) {
                // another JVM created it between the check and the CREATE; anything else shows up below
            }
        }
    }
}
