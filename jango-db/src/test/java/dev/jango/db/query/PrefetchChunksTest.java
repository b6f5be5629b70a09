package dev.jango.db.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.bulk.ParameterLimits;
import dev.jango.db.connection.Vendor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Prefetch IN lists stay below each backend's parameter limit, keeping room for the QuerySet's own filters. */
class PrefetchChunksTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void idsAreCutBelowTheParameterLimit(Vendor vendor) {
        List<Object> ids = new ArrayList<>();
        for (long i = 0; i < 100_000; i++) {
            ids.add(i);
        }
        List<List<Object>> chunks = Prefetcher.chunks(vendor, ids);
        assertThat(chunks).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(
                ParameterLimits.of(vendor) - 1_000));
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(100_000);
        assertThat(chunks.getFirst().getFirst()).isEqualTo(0L);
        assertThat(chunks.getLast().getLast()).isEqualTo(99_999L);
        assertThat(Prefetcher.chunks(vendor, List.of())).isEmpty();
    }
}
