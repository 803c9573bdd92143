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
import secmc.kernel.Kernel;
import secmc.random.TaskRandom;

/**
 * SINR denominators at many receivers ({@link Kernel#atReceivers}): {@code nr = 32} receivers
 * (e.g. the eavesdroppers of a guard-zone realization) against {@code nt} faded transmitters,
 * alpha = 4, scalar vs vector. {@code baseline} reads the same fading matrix once (the memory
 * floor). Cost per call should grow linearly in {@code nt}; divide by {@code 32 nt} for the cost per link.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AtReceiversBench {
    static final int NR = 32;

    @Param({"64", "1024", "8192"})
    public int nt;

    @Param({"scalar", "vector"})
    public String kernel;

    Kernel k;
    double[] rx;
    double[] ry;
    double[] tx;
    double[] ty;
    double[] h;
    double[] out;

    @Setup
    public void setUp() {
        k = KernelChoice.of(kernel);
        UniformRandomProvider rng = TaskRandom.generator(1, "bench.kernel.atReceivers", nt, 0);
        rx = new double[NR];
        ry = new double[NR];
        for (int j = 0; j < NR; j++) {
            rx[j] = 100 * rng.nextDouble();
            ry[j] = 100 * rng.nextDouble();
        }
        tx = new double[nt];
        ty = new double[nt];
        for (int i = 0; i < nt; i++) {
            tx[i] = 200 + 1000 * rng.nextDouble();
            ty[i] = 200 + 1000 * rng.nextDouble();
        }
        h = new double[NR * nt];
        for (int i = 0; i < h.length; i++) {
            h[i] = -Math.log(1 - rng.nextDouble());
        }
        out = new double[NR];
    }

    @Benchmark
    public double baseline() {
        double s = 0;
        for (double v : h) {
            s += v;
        }
        return s;
    }

    @Benchmark
    public void atReceivers(Blackhole bh) {
        k.atReceivers(rx, ry, NR, tx, ty, null, nt, h, 4.0, out);
        bh.consume(out);
    }
}
