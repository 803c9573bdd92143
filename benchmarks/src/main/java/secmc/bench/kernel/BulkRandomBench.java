package secmc.bench.kernel;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
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
import secmc.kernel.Kernel;
import secmc.kernel.LaneStreams;
import secmc.random.TaskRandom;

/**
 * Bulk deviates into a caller-owned array: uniform ({@link Kernel#fillUniform}) and Exp(1)
 * ({@link Kernel#fillExponential}) from the four interleaved lanes, scalar vs vector.
 * Baselines: what one would write without the kernels, the task's XoShiRo256++ generator one
 * {@code nextDouble()} at a time, and Commons RNG's Ziggurat exponential sampler (the fastest
 * scalar Exp(1) there). Divide by {@code n} for the cost per deviate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class BulkRandomBench {
    @Param({"64", "1024", "16384"})
    public int n;

    @Param({"scalar", "vector"})
    public String kernel;

    Kernel k;
    LaneStreams lanes;
    UniformRandomProvider rng;
    ZigguratSampler.Exponential zig;
    double[] out;

    @Setup
    public void setUp() {
        k = KernelChoice.of(kernel);
        rng = TaskRandom.generator(1, "bench.kernel.bulk", n, 0);
        lanes = LaneStreams.from(rng);
        zig = ZigguratSampler.Exponential.of(rng);
        out = new double[n];
    }

    @Benchmark
    public void baselineUniform(Blackhole bh) {
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextDouble();
        }
        bh.consume(out);
    }

    @Benchmark
    public void baselineExponentialZiggurat(Blackhole bh) {
        for (int i = 0; i < n; i++) {
            out[i] = zig.sample();
        }
        bh.consume(out);
    }

    @Benchmark
    public void fillUniform(Blackhole bh) {
        k.fillUniform(lanes, out, n);
        bh.consume(out);
    }

    @Benchmark
    public void fillExponential(Blackhole bh) {
        k.fillExponential(lanes, out, n);
        bh.consume(out);
    }
}
