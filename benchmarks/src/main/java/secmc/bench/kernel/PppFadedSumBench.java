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
import secmc.kernel.LaneStreams;
import secmc.random.TaskRandom;

/**
 * The ppp.coverage hot loop ({@link Kernel#pppFadedSum}): one realization of the Rayleigh-faded
 * interference from {@code n} points uniform in a 2 km disk, positions and fading drawn on the
 * fly (nothing stored), scalar vs vector (256-bit) vs vector512 (opt-in 512-bit), alpha = 4 and 3. {@code baseline}: the same
 * realization written plainly, the task's XoShiRo256++ generator and {@code Math.log}, one
 * interferer at a time. n = 1257 is the default ppp.coverage mean count
 * (lambda = 1e-4, radius = 2000 m). Divide by {@code n} for the cost per interferer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class PppFadedSumBench {
    static final double RADIUS2 = 2000.0 * 2000.0;

    @Param({"64", "1257", "16384"})
    public int n;

    @Param({"scalar", "vector", "vector512"})
    public String kernel;

    @Param({"4", "3"})
    public double alpha;

    Kernel k;
    UniformRandomProvider rng;
    LaneStreams pos;
    LaneStreams fade;
    double radius2;

    @Setup
    public void setUp() {
        k = KernelChoice.of(kernel);
        rng = TaskRandom.generator(1, "bench.kernel.ppp", n, 0);
        pos = LaneStreams.from(rng);
        fade = LaneStreams.from(rng);
        radius2 = RADIUS2;
    }

    @Benchmark
    public double baseline() {
        double s = 0;
        double e = -0.5 * alpha;
        for (int i = 0; i < n; i++) {
            double d2 = radius2 * rng.nextDouble();
            double h = -Math.log(1 - rng.nextDouble());
            s += h * Math.pow(d2, e);
        }
        return s;
    }

    @Benchmark
    public double pppFadedSum() {
        return k.pppFadedSum(pos, fade, n, radius2, alpha);
    }
}
