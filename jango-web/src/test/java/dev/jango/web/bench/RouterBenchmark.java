package dev.jango.web.bench;

import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.RouteMatch;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolve cost with 5,000 routes, for the worst-placed one (registered last) — the case where Django's linear scan
 * tries 4,999 regexes first. Also the first route and a miss, to show the cost does not depend on position.
 * Run it as the module README says ({@code RouterBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RouterBenchmark {
    private Router router;

    @Setup
    public void setup() {
        View ok = r -> HttpResponse.text("ok");
        List<Routes.Def> defs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // Same shape as the Django measurement: a literal prefix then an int converter.
            defs.add(Routes.path("section" + i + "/items/<int:id>/", ok, "r" + i));
        }
        router = Router.of(defs);
    }

    @Benchmark
    public Optional<RouteMatch> lastOf5000() {
        return router.resolve("/section4999/items/12345/");
    }

    @Benchmark
    public Optional<RouteMatch> firstOf5000() {
        return router.resolve("/section0/items/12345/");
    }

    @Benchmark
    public Optional<RouteMatch> missOf5000() {
        return router.resolve("/nowhere/items/12345/");
    }

    @Benchmark
    public String reverseLastOf5000() {
        return router.reverse("r4999", 12345);
    }
}
