package dev.jango.bench;

import static dev.jango.bench.BenchBookMeta.BENCH_BOOK;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.meta.ValueReader;
import dev.jango.db.query.QuerySet;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fetches {@code rows} rows of {@code bench_book} into {@link BenchBook} objects on PostgreSQL three ways, all on
 * the same connection pool: a QuerySet ({@link #querySet}), the generated row mapper under Jango's counted
 * statement helper ({@link #mapRow}), and hand-written JDBC ({@link #rawJdbc}), the baseline.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar OrmFetchBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OrmFetchBenchmark {
    static final String SQL = "SELECT id, title, price, published, pages, in_print, created, rating"
            + " FROM bench_book ORDER BY id";

    @Param("100000")
    public int rows;

    private BenchDatabase server;
    private Database db;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        server = BenchDatabase.open();
        server.ensureBooks(rows);
        db = Database.open("bench", server.url());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        server.close();
    }

    /** The ORM as applications use it: {@code BenchBook.objects.all().orderBy(id).list()}. */
    @Benchmark
    public List<BenchBook> querySet() throws Exception {
        return Db.using(db, () -> QuerySet.of(BENCH_BOOK).orderBy(BENCH_BOOK.id.asc()).list());
    }

    /** The generated, straight-line {@code BenchBookMeta.mapRow} under the counted statement helper. */
    @Benchmark
    public List<BenchBook> mapRow() {
        ValueReader reader = db.reader();
        return db.query(SQL, List.of(), rs -> {
            List<BenchBook> out = new ArrayList<>(rows);
            while (rs.next()) {
                out.add(BENCH_BOOK.mapRow(rs, 0, reader));
            }
            return out;
        });
    }

    /** The baseline: the same rows read by hand into the same objects, on a connection from the same pool. */
    @Benchmark
    public List<BenchBook> rawJdbc() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(SQL);
             ResultSet rs = ps.executeQuery()) {
            List<BenchBook> out = new ArrayList<>(rows);
            while (rs.next()) {
                BenchBook b = new BenchBook();
                b.id = rs.getLong(1);
                b.title = rs.getString(2);
                b.price = rs.getBigDecimal(3);
                b.published = rs.getObject(4, LocalDate.class);
                b.pages = rs.getInt(5);
                b.inPrint = rs.getBoolean(6);
                b.created = rs.getObject(7, OffsetDateTime.class).toInstant();
                double rating = rs.getDouble(8);
                b.rating = rs.wasNull() ? null : rating;
                out.add(b);
            }
            return out;
        }
    }
}
