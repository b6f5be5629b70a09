package dev.jango.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * An interleaved A/B run of {@link OrmFetchBenchmark}'s three paths in one JVM: each round times raw JDBC, the
 * generated mapper and the QuerySet back to back (order rotated every round) and keeps the per-round ratios.
 * On a shared machine whose load swings between JMH's separate forks, the median per-round ratio is the figure
 * that stays put; JMH's absolute times are reported beside it.
 *
 * <pre>{@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar dev.jango.bench.FetchRatio [rounds]}</pre>
 */
public final class FetchRatio {
    private FetchRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        OrmFetchBenchmark bench = new OrmFetchBenchmark();
        bench.rows = 100_000;
        bench.setUp();
        try {
            List<Callable<?>> paths = List.of(bench::rawJdbc, bench::mapRow, bench::querySet);
            for (int i = 0; i < 5; i++) {
                for (Callable<?> p : paths) {
                    p.call();
                }
            }
            double[][] ms = new double[3][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 3; k++) {
                    int path = (k + r) % 3;
                    System.gc();
                    long start = System.nanoTime();
                    paths.get(path).call();
                    ms[path][r] = (System.nanoTime() - start) / 1e6;
                }
            }
            System.out.printf("rows=%d rounds=%d%n", bench.rows, rounds);
            System.out.printf("median ms: rawJdbc %.1f, mapRow %.1f, querySet %.1f%n",
                    median(ms[0]), median(ms[1]), median(ms[2]));
            System.out.printf("median per-round ratio to raw JDBC: mapRow %.3f, querySet %.3f%n",
                    median(ratios(ms[1], ms[0])), median(ratios(ms[2], ms[0])));
        } finally {
            bench.tearDown();
        }
    }

    private static double[] ratios(double[] a, double[] b) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            out.add(a[i] / b[i]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
