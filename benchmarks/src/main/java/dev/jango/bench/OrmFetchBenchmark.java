package dev.jango.bench;

import static dev.jango.bench.BenchBookMeta.BENCH_BOOK;

import dev.jango.db.meta.ValueReader;
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
 * Fetches {@code rows} rows of {@code bench_book} into {@link BenchBook} objects on PostgreSQL, through Jango's
 * generated row mapper ({@link #orm}) and through hand-written JDBC ({@link #rawJdbc}), on the same connection
 * and the same SQL, so the difference is the ORM's cost per row.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar OrmFetchBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OrmFetchBenchmark {
    static final String SQL = "SELECT id, title, price, published, pages, in_print, created, rating"
            + " FROM bench_book ORDER BY id";

    @Param("100000")
    public int rows;

    private BenchDatabase database;
    private Connection connection;
    private final ValueReader reader = new PgValueReader();

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        database = BenchDatabase.open();
        database.ensureBooks(rows);
        connection = database.connect();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        connection.close();
        database.close();
    }

    /** Jango's path: the generated, straight-line {@code BenchBookMeta.mapRow}. */
    @Benchmark
    public List<BenchBook> orm() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
            List<BenchBook> out = new ArrayList<>(rows);
            while (rs.next()) {
                out.add(BENCH_BOOK.mapRow(rs, 0, reader));
            }
            return out;
        }
    }

    /** The baseline: the same rows read by hand into the same objects. */
    @Benchmark
    public List<BenchBook> rawJdbc() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
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
