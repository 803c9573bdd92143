package secmc.bench.kernel;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import secmc.kernel.Kernel;
import secmc.random.TaskRandom;

/**
 * Aggregate interference {@code sum_i h_i d2_i^(-alpha/2)} over {@code n} stored interferers
 * ({@link Kernel#sum}), scalar vs vector, alpha = 4 (divisions) and 3 (square roots).
 * {@code baseline} sums the gains only: the memory-read floor of the same arrays.
 * Cost per call should grow linearly in {@code n}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class InterferenceSumBench {
    @Param({"64", "1024", "16384"})
    public int n;

    @Param({"scalar", "vector"})
    public String kernel;

    @Param({"4", "3"})
    public double alpha;

    Kernel k;
    double[] d2;
    double[] h;

    @Setup
    public void setUp() {
        k = KernelChoice.of(kernel);
        UniformRandomProvider rng = TaskRandom.generator(1, "bench.kernel.sum", n, 0);
        d2 = new double[n];
        h = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = 1 + 1e6 * rng.nextDouble();
            h[i] = -Math.log(1 - rng.nextDouble());
        }
    }

    @Benchmark
    public double baseline() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += h[i];
        }
        return s;
    }

    @Benchmark
    public double sum() {
        return k.sum(d2, h, n, alpha);
    }
}
