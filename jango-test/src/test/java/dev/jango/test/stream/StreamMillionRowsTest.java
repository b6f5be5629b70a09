package dev.jango.test.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.jango.test.stream.SampleMeta.SAMPLE;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;

/**
 * {@code QuerySet.iterator(chunkSize)} reads a million rows with the heap capped at 64 MB (its own Surefire
 * execution in this module's pom): materialising them would need several times that, so finishing proves the
 * rows are neither buffered by the driver nor cached by the QuerySet. The second test streams a million joined rows
 * and prefetches a reverse relation per chunk of 5,000, in the same heap.
 */
// The per-chunk prefetch repeats one query shape 200 times on purpose: the N+1 gate is off for this class.
@DatabaseTest(models = {Reading.class, Station.class, Sample.class, Note.class}, nPlusOneThreshold = 0)
class StreamMillionRowsTest {
    private static final long ROWS = 1_000_000;
    /** Six cross-joined digit tables: 10^6 rows from one statement on every backend. */
    private static final String FILL = """
            INSERT INTO reading (seq, label)
            WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 9)
            SELECT a.n + 10 * b.n + 100 * c.n + 1000 * e.n + 10000 * f.n + 100000 * g.n,
                   CONCAT('reading number ', a.n + 10 * b.n + 100 * c.n + 1000 * e.n + 10000 * f.n + 100000 * g.n)
            FROM d a, d b, d c, d e, d f, d g""";
    /** The same million as samples, spread over 10 stations; a note on every 1000th sample. */
    private static final String SAMPLES = """
            INSERT INTO sample (id, seq, station_id)
            WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 9)
            SELECT s.seq + 1, s.seq, s.seq % 10 + 1 FROM (
              SELECT a.n + 10 * b.n + 100 * c.n + 1000 * e.n + 10000 * f.n + 100000 * g.n AS seq
              FROM d a, d b, d c, d e, d f, d g) s""";
    private static final String NOTES = """
            INSERT INTO note (id, sample_id, text)
            WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 9)
            SELECT s.k + 1, s.k * 1000 + 1, 'note' FROM (SELECT a.n + 10 * b.n + 100 * c.n AS k FROM d a, d b, d c) s""";

    @BackendTest
    void streamsAMillionRowsInSixtyFourMegabytes(Database db) {
        assumeTrue(Boolean.getBoolean("jango.test.heapCapped"),
                "runs only in the pom's stream-in-64m Surefire execution, with the heap capped");
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m")
                .isLessThanOrEqualTo(64L * 1024 * 1024);
        db.execute(FILL);

        long[] seen = new long[3];   // rows, sum of seq, label length check
        QueryLog log = Queries.capture(() -> {
            try (Cursor<Reading> rows = Reading.objects.all().iterator(5_000)) {
                while (rows.hasNext()) {
                    Reading r = rows.next();
                    seen[0]++;
                    seen[1] += r.seq;
                    if (r.label.equals("reading number " + r.seq)) {
                        seen[2]++;
                    }
                }
                assertThat(rows.isClosed()).as("an exhausted cursor releases its connection").isTrue();
            }
        });

        assertThat(seen[0]).isEqualTo(ROWS);
        assertThat(seen[1]).isEqualTo(ROWS * (ROWS - 1) / 2);
        assertThat(seen[2]).isEqualTo(ROWS);
        assertThat(log.count()).as("the whole stream is one statement").isEqualTo(1);
    }

    @BackendTest
    void streamsAMillionJoinedRowsPrefetchingPerChunkInSixtyFourMegabytes(Database db) {
        assumeTrue(Boolean.getBoolean("jango.test.heapCapped"),
                "runs only in the pom's stream-in-64m Surefire execution, with the heap capped");
        for (int i = 1; i <= 10; i++) {
            db.execute("INSERT INTO station (id, name) VALUES (" + i + ", 'station " + i + "')");
        }
        db.execute(SAMPLES);
        db.execute(NOTES);

        long[] seen = new long[3];   // rows, rows whose joined station matches, notes
        QueryLog log = Queries.capture(() -> {
            try (Cursor<Sample> rows = Sample.objects.all().selectRelated(SAMPLE.station)
                    .prefetchRelated(SAMPLE.notes).iterator(5_000)) {
                while (rows.hasNext()) {
                    Sample s = rows.next();
                    seen[0]++;
                    if (s.station.get().name.equals("station " + (s.seq % 10 + 1))) {
                        seen[1]++;
                    }
                    seen[2] += SAMPLE.notes.all(s).size();
                }
            }
        });

        assertThat(seen[0]).isEqualTo(ROWS);
        assertThat(seen[1]).isEqualTo(ROWS);
        assertThat(seen[2]).isEqualTo(1_000);
        assertThat(log.count()).as("the joined stream, then one note query per chunk of 5,000")
                .isEqualTo(1 + ROWS / 5_000);
    }
}
