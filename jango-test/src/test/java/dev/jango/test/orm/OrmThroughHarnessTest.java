package dev.jango.test.orm;

import static dev.jango.test.db.QueryAssertions.assertNumQueries;
import static dev.jango.test.orm.GadgetMeta.GADGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.UniqueViolation;
import dev.jango.db.connection.Database;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The harness as an application's test would use it: a processor-generated model, tables from the schema editor,
 * the ORM finding the backend through {@code Db.database()}, and query budgets.
 */
@DatabaseTest(models = Gadget.class)
class OrmThroughHarnessTest {
    private static final UUID SERIAL = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    private static Gadget phone() {
        return Gadget.objects.create(g -> {
            g.name = "phone";
            g.active = true;
            g.price = new BigDecimal("499.90");
            g.released = LocalDate.of(2025, 9, 1);
            g.seenAt = Instant.parse("2026-11-22T01:02:03.456789Z");
            g.opensAt = LocalTime.of(8, 30);
            g.warranty = Duration.ofDays(730);
            g.serial = SERIAL;
            g.specs = "{\"ram\": 8}";
            g.firmware = new byte[] {1, 2, 3};
            g.colour = Gadget.Colour.SILVER;
        });
    }

    @BackendTest
    void everyFieldRoundTripsThroughTheGeneratedMapper(Database db) {
        long id = phone().id;
        Gadget loaded = assertNumQueriesReturning(() -> Gadget.objects.get(GADGET.id.eq(id)));
        assertThat(loaded.name).isEqualTo("phone");
        assertThat(loaded.active).isTrue();
        assertThat(loaded.price).isEqualByComparingTo("499.90");
        assertThat(loaded.released).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(loaded.seenAt).isEqualTo(Instant.parse("2026-11-22T01:02:03.456789Z"));
        assertThat(loaded.opensAt).isEqualTo(LocalTime.of(8, 30));
        assertThat(loaded.warranty).isEqualTo(Duration.ofDays(730));
        assertThat(loaded.serial).isEqualTo(SERIAL);
        assertThat(loaded.specs).isEqualTo("{\"ram\": 8}");
        assertThat(loaded.firmware).containsExactly(1, 2, 3);
        assertThat(loaded.colour).isEqualTo(Gadget.Colour.SILVER);
        assertThat(loaded.databaseAlias()).contains(db.alias());
    }

    @BackendTest
    void filtersOnStoredFormsMatchJavaValues(Database db) {
        phone();
        assertThat(Gadget.objects.filter(GADGET.serial.eq(SERIAL)).count()).isEqualTo(1);
        assertThat(Gadget.objects.filter(GADGET.seenAt.eq(Instant.parse("2026-11-22T01:02:03.456789Z"))).count())
                .isEqualTo(1);
        assertThat(Gadget.objects.filter(GADGET.active.eq(true)).count()).isEqualTo(1);
        assertThat(Gadget.objects.filter(GADGET.colour.eq(Gadget.Colour.BLACK)).count()).isZero();
    }

    @BackendTest
    void aDuplicateInsideAnAtomicBlockLeavesTheBlockUsable(Database db) {
        phone();
        db.atomic(() -> {
            assertThatThrownBy(() -> db.atomic(() -> phone())).isInstanceOf(UniqueViolation.class);
            Gadget.objects.create(g -> {
                g.name = "tablet";
                g.price = BigDecimal.TEN;
                g.released = LocalDate.of(2026, 1, 1);
                g.seenAt = Instant.EPOCH;
                g.opensAt = LocalTime.NOON;
                g.warranty = Duration.ZERO;
                g.serial = UUID.randomUUID();
                g.colour = Gadget.Colour.BLACK;
            });
        });
        assertThat(Gadget.objects.count()).isEqualTo(2);
    }

    private static <T> T assertNumQueriesReturning(java.util.function.Supplier<T> body) {
        Object[] out = new Object[1];
        assertNumQueries(1, () -> out[0] = body.get());
        @SuppressWarnings("unchecked")
        T value = (T) out[0];
        return value;
    }
}
