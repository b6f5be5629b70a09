package dev.jango.db.bulk;

import static dev.jango.db.bulk.AllKindsMeta.ALL_KINDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jango.db.CheckViolation;
import dev.jango.db.Db;
import dev.jango.db.UniqueViolation;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.ExecutedQuery;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Vendor;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PostgreSQL's two bulkCreate transports: binary COPY with keys drawn from the sequence first (from
 * {@link PostgresInsert#COPY_MIN_ROWS} objects), and the
 * {@code INSERT … SELECT FROM unnest(arrays) RETURNING} fallback for tables COPY would treat differently (rules,
 * a BEFORE INSERT trigger that may change the key), plus the VALUES path under {@code preferQueryMode=simple}.
 * Each case checks that every object carries the key of the row holding its values.
 */
@OrmTest(models = AllKinds.class)
class PostgresTransportTest {

    private static List<AllKinds> numbered(int n) {
        List<AllKinds> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AllKinds k = new AllKinds();
            k.big = (long) i;
            rows.add(k);
        }
        return rows;
    }

    private static void assertKeysMatchRows(List<AllKinds> rows) {
        Map<Long, Long> stored = AllKinds.objects.all().list().stream()
                .collect(Collectors.toMap(k -> k.id, k -> k.big));
        assertThat(stored).hasSize(rows.size());
        for (AllKinds k : rows) {
            assertThat(k.isPersisted()).isTrue();
            assertThat(stored.get(k.id)).as("row with key %d", k.id).isEqualTo(k.big);
        }
    }

    private static List<String> writes(QueryLog log) {
        return log.statements().stream().filter(BulkCreateTest::writesRows).map(ExecutedQuery::sql)
                .map(sql -> sql.substring(0, sql.indexOf(' '))).toList();
    }

    @EachBackend
    void copiesWithKeysDrawnFromTheSequence(Database db) {
        assumeTrue(db.vendor() == Vendor.POSTGRESQL);
        List<AllKinds> rows = numbered(PostgresInsert.COPY_MIN_ROWS + 500);
        QueryLog log = Queries.capture(() -> {
            AllKinds.objects.bulkCreate(rows, 600);
        });
        assertThat(writes(log)).containsExactly("COPY", "COPY", "COPY");
        assertKeysMatchRows(rows);
        List<AllKinds> few = numbered(3);
        QueryLog small = Queries.capture(() -> {
            AllKinds.objects.bulkCreate(few);
        });
        assertThat(small.statements()).extracting(q -> q.sql().substring(0, 6)).containsExactly("INSERT");
        assertThat(few.getFirst().id).isGreaterThan(rows.stream().mapToLong(k -> k.id).max().orElseThrow());
    }

    @EachBackend
    void aCopyFailingInItsThirdBatchLeavesNothingAndRestoresTheObjects(Database db) {
        assumeTrue(db.vendor() == Vendor.POSTGRESQL);
        db.execute("ALTER TABLE bulk_all_kinds ADD CONSTRAINT bulk_small_non_negative CHECK (small >= 0)");
        List<AllKinds> rows = numbered(PostgresInsert.COPY_MIN_ROWS + 200);
        rows.forEach(k -> k.small = 1);
        rows.get(1_100).small = -1;
        QueryLog log = new QueryLog();
        assertThatThrownBy(() -> Queries.scope(log, () -> AllKinds.objects.bulkCreate(rows, 500)))
                .isInstanceOf(CheckViolation.class);
        assertThat(writes(log)).containsExactly("COPY", "COPY", "COPY");
        assertThat(rows).allMatch(k -> k.id == 0 && !k.isPersisted());
        assertThat(AllKinds.objects.count()).isZero();
        List<AllKinds> explicit = numbered(PostgresInsert.COPY_MIN_ROWS);
        for (int i = 0; i < explicit.size(); i++) {
            explicit.get(i).id = i + 1;
        }
        explicit.getLast().id = 7;   // a duplicate key, found by the COPY of the last batch
        assertThatThrownBy(() -> AllKinds.objects.bulkCreate(explicit, 400)).isInstanceOf(UniqueViolation.class);
        assertThat(explicit).noneMatch(AllKinds::isPersisted);
        assertThat(explicit.getLast().id).isEqualTo(7);
        assertThat(AllKinds.objects.count()).isZero();
    }

    @EachBackend
    void keysFromASequenceWithAStepOtherThanOneComeBackOneByOne(Database db) {
        assumeTrue(db.vendor() == Vendor.POSTGRESQL);
        db.execute("ALTER TABLE bulk_all_kinds ALTER COLUMN id SET INCREMENT BY 7");
        List<AllKinds> rows = numbered(PostgresInsert.COPY_MIN_ROWS + 20);
        AllKinds.objects.bulkCreate(rows, 400);
        assertKeysMatchRows(rows);
        assertThat(rows.get(1).id - rows.get(0).id).isEqualTo(7);
    }

    @EachBackend
    void anInsertRuleSendsTheRowsThroughInsertSoTheRuleRuns(Database db) {
        assumeTrue(db.vendor() == Vendor.POSTGRESQL);
        db.execute("CREATE TABLE bulk_all_kinds_audit (big bigint)");
        try {
            db.execute("CREATE RULE bulk_audit AS ON INSERT TO bulk_all_kinds "
                    + "DO ALSO INSERT INTO bulk_all_kinds_audit VALUES (NEW.big)");
            List<AllKinds> rows = BulkValuesTest.manyEdgeRows(PostgresInsert.COPY_MIN_ROWS);
            QueryLog log = Queries.capture(() -> {
                AllKinds.objects.bulkCreate(rows, 400);
            });
            assertThat(writes(log)).containsExactly("INSERT", "INSERT", "INSERT");
            BulkValuesTest.assertStored(db, rows);
            int audited = db.query("SELECT count(*) FROM bulk_all_kinds_audit", List.of(), rs -> {
                rs.next();
                return rs.getInt(1);
            });
            assertThat(audited).isEqualTo(rows.size());
        } finally {
            db.execute("DROP TABLE bulk_all_kinds_audit CASCADE");
        }
    }

    @EachBackend
    void aTriggerThatChangesTheKeyIsHonoured(Database db) {
        assumeTrue(db.vendor() == Vendor.POSTGRESQL);
        db.execute("CREATE FUNCTION bulk_all_kinds_shift() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN NEW.id := NEW.id + 1000; RETURN NEW; END $$");
        try {
            db.execute("CREATE TRIGGER bulk_shift BEFORE INSERT ON bulk_all_kinds "
                    + "FOR EACH ROW EXECUTE FUNCTION bulk_all_kinds_shift()");
            List<AllKinds> rows = numbered(PostgresInsert.COPY_MIN_ROWS);
            AllKinds.objects.bulkCreate(rows, 400);
            assertThat(rows).allMatch(k -> k.id > 1000);
            assertKeysMatchRows(rows);
        } finally {
            db.execute("DROP FUNCTION bulk_all_kinds_shift() CASCADE");
        }
    }

    @EachBackend
    void simpleQueryModeFallsBackToValuesLists(Database db) throws Exception {
        assumeTrue(db.vendor() == Vendor.POSTGRESQL);
        String url = System.getenv("JANGO_TEST_POSTGRES_URL");
        assumeTrue(url != null, "needs JANGO_TEST_POSTGRES_URL for a second pool");
        String schema = db.query("SELECT current_schema()", List.of(), rs -> {
            rs.next();
            return rs.getString(1);
        });
        try (Database simple = Database.open("default", url + (url.contains("?") ? "&" : "?")
                + "preferQueryMode=simple&currentSchema=" + schema)) {
            List<AllKinds> rows = BulkValuesTest.edgeRows();
            Db.using(simple, () -> {
                QueryLog log = Queries.capture(() -> {
                    AllKinds.objects.bulkCreate(rows, 100);
                });
                assertThat(writes(log)).containsExactly("INSERT");
                rows.forEach(k -> k.small = k.small == null ? null : k.small / 2);
                assertThat(AllKinds.objects.bulkUpdate(rows, List.of(ALL_KINDS.small), 100)).isEqualTo(rows.size());
                return null;
            });
            BulkValuesTest.assertStored(db, rows);
        }
    }
}
