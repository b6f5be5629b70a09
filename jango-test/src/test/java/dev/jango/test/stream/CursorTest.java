package dev.jango.test.stream;

import static dev.jango.test.stream.ReadingMeta.READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.query.QueryException;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code QuerySet.iterator(chunkSize)} on small data: connections, transactions, counting and mapping. */
@DatabaseTest(models = Reading.class)
class CursorTest {

    private static void fill(int n) {
        for (int i = 0; i < n; i++) {
            long seq = i;
            Reading.objects.create(r -> {
                r.seq = seq;
                r.label = "r" + seq;
            });
        }
    }

    private static int active(Database db) {
        return ((HikariDataSource) db.dataSource()).getHikariPoolMXBean().getActiveConnections();
    }

    @BackendTest
    void closingEarlyReleasesTheConnectionAndReadingToTheEndDoesToo(Database db) {
        fill(10);
        Cursor<Reading> early = Reading.objects.orderBy("seq").iterator(3);
        assertThat(early.next().seq).isZero();
        assertThat(active(db)).as("an open cursor holds its connection").isEqualTo(1);
        early.close();
        assertThat(active(db)).isZero();
        assertThat(early.hasNext()).isFalse();

        Cursor<Reading> all = Reading.objects.orderBy("seq").iterator(3);
        List<Long> seqs = new ArrayList<>();
        all.forEachRemaining(r -> seqs.add(r.seq));
        assertThat(seqs).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(all.isClosed()).isTrue();
        assertThat(active(db)).isZero();

        // the connection is usable (and autocommitting) again after a cursor had it
        fill(1);
        assertThat(Reading.objects.count()).isEqualTo(11);
    }

    @BackendTest
    void insideAtomicTheCursorReadsTheBlocksOwnUncommittedRows(Database db) {
        List<String> labels = db.atomic(() -> {
            fill(3);
            try (Stream<Reading> rows = Reading.objects.orderBy("-seq").iterator(2).stream()) {
                List<String> out = rows.map(r -> r.label).toList();
                assertThat(active(db)).as("the block's connection, no second one").isEqualTo(1);
                return out;
            }
        });
        assertThat(labels).containsExactly("r2", "r1", "r0");
        assertThat(active(db)).isZero();
        assertThat(Reading.objects.count()).isEqualTo(3);
    }

    @BackendTest
    void countsOneStatementMapsDeferredFieldsAndKeepsNoCache(Database db) {
        fill(5);
        var qs = Reading.objects.filter(READING.seq.gte(2L)).orderBy("seq").only(READING.seq);
        QueryLog log = Queries.capture(() -> {
            try (Cursor<Reading> rows = qs.iterator(2)) {
                Reading first = rows.next();
                assertThat(first.seq).isEqualTo(2);
                assertThat(first.label).as("deferred").isNull();
                assertThat(first.deferredFields()).containsExactly("label");
                assertThat(first.databaseAlias()).contains(db.alias());
                assertThat(rows.stream().map(r -> r.seq).toList()).containsExactly(3L, 4L);
            }
        });
        assertThat(log.count()).isEqualTo(1);
        assertThat(log.statements().getFirst().params()).containsExactly(2L);
        assertThat(Queries.capture(() -> { qs.iterator(2).close(); }).count())
                .as("a second iterator runs the query again: nothing was cached").isEqualTo(1);
    }

    @BackendTest
    void aChunkSizeBelowOneIsRefusedBeforeAnySql(Database db) {
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Reading.objects.all().iterator(0))
                    .isInstanceOf(QueryException.class).hasMessageContaining("Reading")
                    .hasMessageContaining("positive chunk size, got 0");
        });
        assertThat(log.count()).isZero();
        assertThat(active(db)).isZero();
    }
}
