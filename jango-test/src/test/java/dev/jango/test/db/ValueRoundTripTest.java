package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ValueReader;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every {@link FieldKind} bound and read back through a raw table in each vendor's column types. */
@DatabaseTest
class ValueRoundTripTest {
    enum Colour { RED, DARK_GREEN }

    private static final String COLUMNS = "b, i, l, d, amount, c, t, dt, ts, tm, du, u, j, bin, e";

    private static String table(Vendor vendor) {
        return switch (vendor) {
            case SQLITE -> "CREATE TABLE vals (id integer PRIMARY KEY, b bool, i integer, l integer, d real, "
                    + "amount decimal(30, 6), c varchar(20), t text, dt date, ts datetime, tm time, du integer, "
                    + "u char(36), j text, bin blob, e varchar(10))";
            case POSTGRESQL -> "CREATE TABLE vals (id integer PRIMARY KEY, b boolean, i integer, l bigint, "
                    + "d double precision, amount numeric(30, 6), c varchar(20), t text, dt date, ts timestamptz, "
                    + "tm time, du bigint, u uuid, j jsonb, bin bytea, e varchar(10))";
            case MARIADB -> "CREATE TABLE vals (id integer PRIMARY KEY, b tinyint(1), i int, l bigint, d double, "
                    + "amount decimal(30, 6), c varchar(20), t longtext, dt date, ts datetime(6), tm time(6), "
                    + "du bigint, u char(36), j json, bin longblob, e varchar(10))";
        };
    }

    private static void insert(Database db, int id, List<BoundValue> values) {
        List<BoundValue> params = new ArrayList<>();
        params.add(BoundValue.of(id));
        params.addAll(values);
        db.update("INSERT INTO vals (id, " + COLUMNS + ") VALUES (?" + ", ?".repeat(values.size()) + ")", params);
    }

    private static List<Object> read(Database db, int id) {
        ValueReader r = db.reader();
        return db.query("SELECT " + COLUMNS + " FROM vals WHERE id = ?", List.of(BoundValue.of(id)), rs -> {
            assertThat(rs.next()).isTrue();
            return row(r, rs);
        });
    }

    private static List<Object> row(ValueReader r, ResultSet rs) throws java.sql.SQLException {
        List<Object> out = new ArrayList<>();
        out.add(r.readBooleanOrNull(rs, 1));
        out.add(r.readIntOrNull(rs, 2));
        out.add(r.readLongOrNull(rs, 3));
        out.add(r.readDoubleOrNull(rs, 4));
        out.add(r.readDecimal(rs, 5));
        out.add(r.readString(rs, 6));
        out.add(r.readString(rs, 7));
        out.add(r.readDate(rs, 8));
        out.add(r.readInstant(rs, 9));
        out.add(r.readTime(rs, 10));
        out.add(r.readDuration(rs, 11));
        out.add(r.readUuid(rs, 12));
        out.add(r.readJson(rs, 13));
        out.add(r.readBytes(rs, 14));
        out.add(r.readString(rs, 15));
        return out;
    }

    /** SQLite's NUMERIC affinity keeps 15 significant digits exactly (ADR 0011); the servers keep all 24. */
    private static BigDecimal exactDecimal(Vendor vendor) {
        return new BigDecimal(vendor == Vendor.SQLITE ? "-123456789.123456" : "123456789012345678.123456");
    }

    @BackendTest
    void everyKindRoundTrips(Database db) {
        db.execute(table(db.vendor()));
        UUID uuid = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        Instant moment = Instant.parse("2024-02-29T23:59:58.123456789Z");
        LocalTime time = LocalTime.of(7, 5, 3, 987_654_321);
        Duration duration = Duration.ofHours(-30).plusNanos(1_500);
        byte[] bytes = {0, 1, (byte) 0xff, 42};
        String json = "{\"a\": [1, 2], \"b\": \"é\"}";
        insert(db, 1, List.of(new BoundValue(true, FieldKind.BOOLEAN), new BoundValue(-7, FieldKind.INT),
                new BoundValue(9_007_199_254_740_993L, FieldKind.LONG), new BoundValue(0.1, FieldKind.DOUBLE),
                new BoundValue(exactDecimal(db.vendor()), FieldKind.DECIMAL),
                new BoundValue("naïve ✓", FieldKind.CHAR), new BoundValue("line\nbreak", FieldKind.TEXT),
                new BoundValue(LocalDate.of(1999, 12, 31), FieldKind.DATE), new BoundValue(moment, FieldKind.DATETIME),
                new BoundValue(time, FieldKind.TIME), new BoundValue(duration, FieldKind.DURATION),
                new BoundValue(uuid, FieldKind.UUID), new BoundValue(json, FieldKind.JSON),
                new BoundValue(bytes, FieldKind.BINARY), new BoundValue(Colour.DARK_GREEN, FieldKind.ENUM)));

        List<Object> row = read(db, 1);
        assertThat(row.get(0)).isEqualTo(true);
        assertThat(row.get(1)).isEqualTo(-7);
        assertThat(row.get(2)).isEqualTo(9_007_199_254_740_993L);
        assertThat(row.get(3)).isEqualTo(0.1);
        assertThat((BigDecimal) row.get(4)).isEqualByComparingTo(exactDecimal(db.vendor()));
        assertThat(row.get(5)).isEqualTo("naïve ✓");
        assertThat(row.get(6)).isEqualTo("line\nbreak");
        assertThat(row.get(7)).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(row.get(8)).as("microsecond precision, UTC").isEqualTo(Instant.parse("2024-02-29T23:59:58.123456Z"));
        assertThat(row.get(9)).isEqualTo(LocalTime.of(7, 5, 3, 987_654_000));
        assertThat(row.get(10)).isEqualTo(Duration.ofHours(-30).plusNanos(1_000));
        assertThat(row.get(11)).isEqualTo(uuid);
        assertThat(row.get(12)).isEqualTo(json);
        assertThat((byte[]) row.get(13)).containsExactly(bytes);
        assertThat(row.get(14)).isEqualTo("DARK_GREEN");
    }

    @BackendTest
    void nullsRoundTripForEveryKind(Database db) {
        db.execute(table(db.vendor()));
        List<BoundValue> nulls = new ArrayList<>();
        for (FieldKind kind : List.of(FieldKind.BOOLEAN, FieldKind.INT, FieldKind.LONG, FieldKind.DOUBLE,
                FieldKind.DECIMAL, FieldKind.CHAR, FieldKind.TEXT, FieldKind.DATE, FieldKind.DATETIME, FieldKind.TIME,
                FieldKind.DURATION, FieldKind.UUID, FieldKind.JSON, FieldKind.BINARY, FieldKind.ENUM)) {
            nulls.add(new BoundValue(null, kind));
        }
        insert(db, 2, nulls);
        assertThat(read(db, 2)).containsOnlyNulls().hasSize(15);
    }

    @BackendTest
    void inferredKindsBindLikeDeclaredOnes(Database db) {
        db.execute(table(db.vendor()));
        Instant moment = Instant.parse("2030-01-01T00:00:00Z");
        db.update("INSERT INTO vals (id, b, ts, dt) VALUES (?, ?, ?, ?)", List.of(BoundValue.of(3),
                BoundValue.of(false), BoundValue.of(moment), BoundValue.of(LocalDate.of(2030, 1, 1))));
        int found = db.query("SELECT count(*) FROM vals WHERE ts = ? AND b = ? AND dt = ?",
                List.of(BoundValue.of(moment), BoundValue.of(false), BoundValue.of(LocalDate.of(2030, 1, 1))),
                rs -> rs.next() ? rs.getInt(1) : 0);
        assertThat(found).isEqualTo(1);
    }

    @BackendTest
    void datetimeOrderingFollowsTime(Database db) {
        db.execute(table(db.vendor()));
        List<Instant> moments = List.of(Instant.parse("2024-01-01T10:00:00.5Z"), Instant.parse("2024-01-01T09:00:00Z"),
                Instant.parse("2024-01-01T10:00:00Z"), Instant.parse("2023-12-31T23:59:59.999999Z"));
        for (int i = 0; i < moments.size(); i++) {
            db.update("INSERT INTO vals (id, ts) VALUES (?, ?)", List.of(BoundValue.of(i), BoundValue.of(moments.get(i))));
        }
        List<Instant> ordered = db.query("SELECT ts FROM vals ORDER BY ts", List.of(), rs -> {
            List<Instant> out = new ArrayList<>();
            while (rs.next()) {
                out.add(db.reader().readInstant(rs, 1));
            }
            return out;
        });
        assertThat(ordered).isSorted().containsExactlyInAnyOrderElementsOf(moments);
        int later = db.query("SELECT count(*) FROM vals WHERE ts > ?",
                List.of(BoundValue.of(Instant.parse("2024-01-01T09:30:00Z"))), rs -> rs.next() ? rs.getInt(1) : 0);
        assertThat(later).isEqualTo(2);
    }

    @BackendTest(only = Vendor.SQLITE)
    void sqliteStoresFixedWidthUtcText(Database db) {
        db.execute(table(db.vendor()));
        db.update("INSERT INTO vals (id, ts, tm, b, u) VALUES (?, ?, ?, ?, ?)", List.of(BoundValue.of(1),
                BoundValue.of(Instant.parse("2024-01-31T09:05:00Z")), BoundValue.of(LocalTime.of(9, 5)),
                BoundValue.of(true), BoundValue.of(UUID.fromString("0F8FAD5B-D9CB-469F-A165-70867728950E"))));
        List<String> raw = db.query("SELECT ts, tm, b, u FROM vals", List.of(), rs -> {
            rs.next();
            return List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        });
        assertThat(raw).containsExactly("2024-01-31 09:05:00.000000", "09:05:00.000000", "1",
                "0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @BackendTest(only = Vendor.SQLITE)
    void sqliteRejectsYearsThatWouldBreakTextOrder(Database db) {
        db.execute(table(db.vendor()));
        assertThatThrownBy(() -> db.update("INSERT INTO vals (id, dt) VALUES (?, ?)",
                List.of(BoundValue.of(1), BoundValue.of(LocalDate.of(10_000, 1, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+10000-01-01")
                .hasMessageContaining("years must be 1 to 9999");
    }

    @BackendTest
    void wrongJavaTypeForAKindIsRefusedBeforeTheDatabase(Database db) {
        assertThatThrownBy(() -> new BoundValue("abc", FieldKind.INT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot bind String 'abc' as INT (expected a Integer)");
        assertThatThrownBy(() -> BoundValue.of(java.time.LocalDateTime.of(2024, 1, 1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pass an Instant");
        assertThatThrownBy(() -> BoundValue.of(new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no storage kind for java.lang.Object");
    }
}
