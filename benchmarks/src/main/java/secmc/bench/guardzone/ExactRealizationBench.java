package secmc.bench.guardzone;

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
import secmc.papers.guardzone.GuardZoneModel;
import secmc.papers.guardzone.GuardZoneSimulator;
import secmc.papers.guardzone.SimulationMode;
import secmc.random.TaskRandom;

/**
 * One exact Poisson-hole realization of the guard-zone system per operation, single-threaded,
 * at the default set (lambda_P = lambda_S = 0.01, SNR_S = 30 dB, so R_E = 20.3 m) with
 * r_g = {@code rg}, on a PT disk of radius {@code window} (m): the p_s realization (ERs on the
 * annulus, SpatialGrid carving of every PT, SINR with early exit at every ER within R_E against
 * all active PTs) plus the lambda_ps realization (Palm ER at the origin, carving, nearest
 * active PT) on the same window. Expected PTs + ERs per operation: about
 * 4 pi 0.01 window^2 (twice, as the two realizations are independent); 79/314/1257/5027 PTs per
 * disk for window = 50/100/200/400 m. Cost should grow linearly with window^2 (the number of
 * points): carving is a grid build plus one 3x3-cell query per PT, and the ERs checked are a
 * fixed number (R_E does not depend on the window), each scanning the active PTs once.
 * {@code baseline} draws the Poisson counts' worth of uniforms only (a floor for the sampling).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ExactRealizationBench {
    @Param({"50", "100", "200", "400"})
    public double window;

    @Param({"4"})
    public double rg;

    GuardZoneSimulator sim;
    UniformRandomProvider rng;
    int points;

    @Setup
    public void setUp() {
        GuardZoneModel m = GuardZoneModel.defaults().withRg(rg);
        rng = TaskRandom.generator(1, "bench.guardzone", 0, 0);
        sim = new GuardZoneSimulator(m, SimulationMode.EXACT, rng);
        sim.overrideWindow(window);
        points = (int) Math.round(2 * Math.PI * (0.01 * window * window + 0.01 * (window + rg) * (window + rg)));
    }

    @Benchmark
    public void baseline(Blackhole bh) {
        // 2.55 uniforms per point placed by rejection, two coordinates: the sampling floor.
        double s = 0;
        for (int i = 0; i < 5 * points; i++) {
            s += rng.nextDouble();
        }
        bh.consume(s);
    }

    @Benchmark
    public void realization(Blackhole bh) {
        bh.consume(sim.secure());
        bh.consume(sim.harvested());
    }
}
