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
import org.openjdk.jmh.infra.Blackhole;
import secmc.kernel.Interference;
import secmc.kernel.Kernel;
import secmc.random.TaskRandom;

/**
 * The conditional estimator's multi-threshold products ({@link Kernel#rayleighProducts}):
 * {@code prod_i 1/(1 + beta_k a_i)} for {@code m = 31} thresholds (a ppp.coverage curve) over
 * {@code n} interferers, scalar vs vector. {@code baseline}: the obvious loop, one
 * {@link Interference#rayleighProduct} (a division per term) per threshold. Divide by
 * {@code 31 n} for the cost per (threshold, interferer) pair.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class RayleighProductsBench {
    static final int M = 31;

    @Param({"64", "1024", "16384"})
    public int n;

    @Param({"scalar", "vector"})
    public String kernel;

    Kernel k;
    double[] a;
    double[] beta;
    double[] out;

    @Setup
    public void setUp() {
        k = KernelChoice.of(kernel);
        UniformRandomProvider rng = TaskRandom.generator(1, "bench.kernel.products", n, 0);
        a = new double[n];
        for (int i = 0; i < n; i++) {
            // (r_o / r_i)^4 for r_o = 20 m and r_i uniform in a 2 km disk: mostly tiny, a few large.
            double u = 1e-4 / (1 - rng.nextDouble());
            a[i] = u * u;
        }
        beta = new double[M];
        for (int j = 0; j < M; j++) {
            beta[j] = Math.pow(10, (-10 + j) / 10.0);
        }
        out = new double[M];
    }

    @Benchmark
    public void baseline(Blackhole bh) {
        for (int j = 0; j < M; j++) {
            out[j] = Interference.rayleighProduct(a, n, beta[j]);
        }
        bh.consume(out);
    }

    @Benchmark
    public void rayleighProducts(Blackhole bh) {
        k.rayleighProducts(a, n, beta, M, out);
        bh.consume(out);
    }
}
