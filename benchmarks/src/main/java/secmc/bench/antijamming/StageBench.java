package secmc.bench.antijamming;

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
import secmc.papers.antijamming.AntiJamConfig;
import secmc.papers.antijamming.AntiJamSimulator;
import secmc.papers.antijamming.Scheme;
import secmc.random.TaskRandom;

/**
 * One time slot (stage) of the anti-jamming game per operation, single-threaded (spec
 * anti-jamming.md §4.9 for PC, §5.8 for PD): look-ahead bids of every SU, the stage game's LP
 * (N!/(N-M')! x M' payoffs; the minimax jammer needs it in every scheme), the scheme's allocation
 * (PC: sample p_1*; PD: preferences, two-level auction with VCG payments, Boltzmann-Gibbs update),
 * value learning and the environment step. Sizes {@code MxN}: 2x3 (Figs. 2, 4), 3x3 (Fig. 3) and
 * 3x6 (the largest of Figs. 5-6, 120 x 3 games). The run keeps learning during the measurement, as
 * in a simulation. {@code baseline} draws the environment's uniforms of one slot (1 + M + N M + N).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class StageBench {
    @Param({"PC", "PD_REPRO", "PD_LITERAL"})
    public String scheme;

    @Param({"2x3", "3x3", "3x6"})
    public String size;

    AntiJamSimulator sim;
    UniformRandomProvider rng;
    int uniforms;

    @Setup
    public void setUp() {
        String[] mn = size.split("x");
        int m = Integer.parseInt(mn[0]);
        int n = Integer.parseInt(mn[1]);
        AntiJamConfig c = AntiJamConfig.defaults().withSize(m, n, 1000).withScheme(Scheme.parse(scheme));
        sim = new AntiJamSimulator(c, TaskRandom.generator(1, "bench.antijam.env", 0, 0),
                TaskRandom.generator(1, "bench.antijam.decisions", 0, 0), false);
        rng = TaskRandom.generator(2, "bench.antijam.baseline", 0, 0);
        uniforms = 1 + m + n * m + n;
    }

    @Benchmark
    public void baseline(Blackhole bh) {
        double s = 0;
        for (int i = 0; i < uniforms; i++) {
            s += rng.nextDouble();
        }
        bh.consume(s);
    }

    @Benchmark
    public void stage(Blackhole bh) {
        sim.step();
        bh.consume(sim.lastDrops());
    }
}
