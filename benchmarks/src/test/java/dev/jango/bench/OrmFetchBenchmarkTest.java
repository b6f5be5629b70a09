package dev.jango.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both benchmark paths build the same objects from the same rows, so the benchmark compares like with like. */
class OrmFetchBenchmarkTest {

    @Test
    void ormAndRawJdbcReadTheSameBooks() throws Exception {
        OrmFetchBenchmark bench = new OrmFetchBenchmark();
        bench.rows = 300;
        bench.setUp();
        try {
            List<BenchBook> orm = bench.querySet();
            List<BenchBook> mapped = bench.mapRow();
            List<BenchBook> raw = bench.rawJdbc();
            assertThat(orm).hasSize(300);
            assertThat(mapped).hasSize(300);
            assertThat(raw).hasSize(300);
            for (int i = 0; i < orm.size(); i++) {
                assertThat(orm.get(i).sameAs(raw.get(i))).as("QuerySet row %d", i + 1).isTrue();
                assertThat(mapped.get(i).sameAs(raw.get(i))).as("mapRow row %d", i + 1).isTrue();
            }
            assertThat(orm.get(2).rating).isNull();
            assertThat(orm.get(0).rating).isEqualTo(0.125);
            assertThat(orm.get(0).title).isEqualTo("Book number 1");
        } finally {
            bench.tearDown();
        }
    }
}
