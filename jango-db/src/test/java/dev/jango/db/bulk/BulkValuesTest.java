package dev.jango.db.bulk;

import static dev.jango.db.bulk.AllKindsMeta.ALL_KINDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.InvalidValueError;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Values of every kind survive bulkCreate and bulkUpdate exactly on every backend: on PostgreSQL they travel in
 * binary (COPY rows and typed arrays), so edge values of each binary format are here: negative and pre-2000
 * dates and instants, numerics of every digit grouping and sign, extreme integers, empty and non-ASCII text.
 * (SQLite keeps a decimal as a double, so there 20-digit numerics are compared to 15 significant digits.)
 */
@OrmTest(models = AllKinds.class)
class BulkValuesTest {

    static List<AllKinds> edgeRows() {
        List<AllKinds> rows = new ArrayList<>();
        rows.add(row(Integer.MIN_VALUE, Long.MIN_VALUE, -2.5, true, "-12345678901234.123456", "ünï'\"{,}\\",
                LocalDate.of(1899, 12, 31), Instant.parse("1969-12-31T23:59:59.999999Z"), LocalTime.MIDNIGHT,
                Duration.ofMillis(-1_500), new byte[] {0, -1, 127}, AllKinds.Mode.ON));
        rows.add(row(Integer.MAX_VALUE, Long.MAX_VALUE, 1e-300, false, "0.000001", "",
                LocalDate.of(2000, 1, 1), Instant.parse("1999-12-31T23:59:59.123456Z"),
                LocalTime.parse("23:59:59.999999"), Duration.ofDays(3).plusNanos(1_000), new byte[0],
                AllKinds.Mode.OFF));
        rows.add(row(0, 0L, Math.PI, true, "99999999999999.999999", "x".repeat(12),
                LocalDate.of(9999, 12, 31), Instant.parse("2026-11-22T03:04:05.123456Z"),
                LocalTime.of(12, 0), Duration.ZERO, new byte[] {1}, null));
        rows.add(row(-1, -1L, -0.5, false, "-0.5", "\u2713 mark", LocalDate.of(1970, 1, 1),
                Instant.parse("2000-01-01T00:00:00Z"), LocalTime.of(0, 0, 0, 1_000), Duration.ofSeconds(-1),
                new byte[] {}, AllKinds.Mode.ON));
        rows.getLast().amount = new BigDecimal("1E+5");
        rows.add(new AllKinds());   // every field NULL
        return rows;
    }

    /** The edge rows repeated up to {@code n} rows: enough for PostgreSQL's COPY path. */
    static List<AllKinds> manyEdgeRows(int n) {
        List<AllKinds> rows = new ArrayList<>(n);
        while (rows.size() < n) {
            rows.addAll(edgeRows());
        }
        return rows.subList(0, n);
    }

    private static AllKinds row(int small, long big, double real, boolean flag, String amount, String code,
                                LocalDate day, Instant moment, LocalTime clock, Duration span, byte[] blob,
                                AllKinds.Mode mode) {
        AllKinds k = new AllKinds();
        k.small = small;
        k.big = big;
        k.real = real;
        k.flag = flag;
        k.amount = new BigDecimal(amount);
        k.code = code;
        k.body = code + "\n" + code;
        k.day = day;
        k.moment = moment;
        k.clock = clock;
        k.span = span;
        k.uid = UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        k.blob = blob;
        k.mode = mode;
        return k;
    }

    @EachBackend
    void everyKindRoundTripsThroughBulkCreate(Database db) {
        List<AllKinds> rows = edgeRows();
        assertThat(AllKinds.objects.bulkCreate(rows, 2).inserted()).isEqualTo(rows.size());
        assertStored(db, rows);
    }

    @EachBackend
    void everyKindRoundTripsThroughALargeBulkCreate(Database db) {
        List<AllKinds> rows = manyEdgeRows(PostgresInsert.COPY_MIN_ROWS + 3);
        assertThat(AllKinds.objects.bulkCreate(rows, 400).inserted()).isEqualTo(rows.size());
        assertStored(db, rows);
    }

    @EachBackend
    void everyKindRoundTripsThroughBulkUpdate(Database db) {
        List<AllKinds> rows = edgeRows();
        AllKinds.objects.bulkCreate(rows, 100);
        List<AllKinds> shifted = edgeRows();
        for (int i = 0; i < rows.size(); i++) {
            AllKinds to = shifted.get((i + 1) % rows.size());
            to.id = rows.get(i).id;
            to.markPersisted(rows.get(i).databaseAlias().orElseThrow(), java.util.Set.of());
        }
        long n = AllKinds.objects.bulkUpdate(shifted, List.copyOf(ALL_KINDS.fields().stream()
                .filter(f -> f != ALL_KINDS.pk()).toList()), 2);
        assertThat(n).isEqualTo(rows.size());
        assertStored(db, shifted);
    }

    @EachBackend
    void anInstantKeepsMicrosecondsAndDropsNanoseconds() {
        AllKinds k = new AllKinds();
        k.moment = Instant.parse("2026-01-02T03:04:05.123456789Z");
        AllKinds before = new AllKinds();
        before.moment = Instant.parse("1960-01-02T03:04:05.000000999Z");
        AllKinds.objects.bulkCreate(List.of(k, before), 10);
        assertThat(AllKinds.objects.get(ALL_KINDS.id.eq(k.id)).moment)
                .isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(AllKinds.objects.get(ALL_KINDS.id.eq(before.id)).moment)
                .isEqualTo(Instant.parse("1960-01-02T03:04:05Z"));
    }

    @EachBackend
    void aTooLongCharValueFailsBeforeAnySqlNamingTheField() {
        List<AllKinds> rows = edgeRows();
        rows.get(3).code = "y".repeat(13);
        assertThatThrownBy(() -> AllKinds.objects.bulkCreate(rows, 2))
                .isInstanceOf(InvalidValueError.class).hasMessageContaining("AllKinds.code");
        assertThat(AllKinds.objects.count()).isZero();
        assertThat(rows).noneMatch(AllKinds::isPersisted);
    }

    static void assertStored(Database db, List<AllKinds> expected) {
        Map<Long, AllKinds> stored = AllKinds.objects.all().list().stream()
                .collect(Collectors.toMap(k -> k.id, Function.identity()));
        assertThat(stored).hasSize(expected.size());
        for (AllKinds e : expected) {
            AllKinds s = stored.get(e.id);
            assertThat(s).as("row %d", e.id).isNotNull();
            assertThat(s.small).isEqualTo(e.small);
            assertThat(s.big).isEqualTo(e.big);
            assertThat(s.real).isEqualTo(e.real);
            assertThat(s.flag).isEqualTo(e.flag);
            if (e.amount == null) {
                assertThat(s.amount).isNull();
            } else if (db.vendor() == Vendor.SQLITE) {
                MathContext digits = new MathContext(15);
                assertThat(s.amount.round(digits)).isEqualByComparingTo(e.amount.round(digits));
            } else {
                assertThat(s.amount).isEqualByComparingTo(e.amount);
            }
            assertThat(s.code).isEqualTo(e.code);
            assertThat(s.body).isEqualTo(e.body);
            assertThat(s.day).isEqualTo(e.day);
            assertThat(s.moment).isEqualTo(e.moment);
            assertThat(s.clock).isEqualTo(e.clock);
            assertThat(s.span).isEqualTo(e.span);
            assertThat(s.uid).isEqualTo(e.uid);
            assertThat(s.blob).isEqualTo(e.blob);
            assertThat(s.mode).isEqualTo(e.mode);
        }
    }
}
