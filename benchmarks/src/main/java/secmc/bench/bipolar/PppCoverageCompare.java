package secmc.bench.bipolar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.kernel.Kernels;
import secmc.kernel.simd.VectorKernel;
import secmc.random.TaskRandom;
import secmc.scenario.Catalog;
import secmc.scenario.Cell;
import secmc.scenario.Grid;
import secmc.scenario.GridPoint;
import secmc.scenario.Params;
import secmc.scenario.Scenario;
import secmc.stats.MeanVarianceAccumulator;
import secmc.stats.Tally;

/**
 * secmc's side of {@code benchmarks/peers/compare}: times the {@code ppp.coverage} hot loop
 * ({@code Scenario.simulate} of every cell of the default plan: both curves alpha = 3 and 4,
 * all 31 thresholds on the same realizations, Poisson counts, desired-link and interferer
 * fading, accumulation) on the calling thread only, on exactly the NumPy peer's workload.
 *
 * <p>Reported: the fastest of {@code repeats} timed runs after {@code warmup} untimed ones (the
 * JIT compiles the Vector-API loops during those), divided by the expected number of simulated
 * interferers {@code realizations * curves * lambda pi radius^2} (the peer's denominator). Each
 * run draws fresh blocks (block index = run number), as a job would. The estimates of the last
 * timed run are checked against the closed form (z-scores to stderr).
 *
 * <p>Both the wall time and the thread's CPU time are measured; on a shared machine (load
 * averages of 20 on 2 cores were seen) the CPU time is the per-core figure, the wall time
 * mostly measures the other tenants.
 *
 * <p>Usage: {@code PppCoverageCompare [realizations=20000] [repeats=5] [warmup=5] [estimator=plain]}.
 * Prints one stdout line
 * {@code secmc_ppp_coverage ns_per_interferer=<a> interferers=<N> seconds=<t> max_abs_z=<z> kernel=<k>}.
 */
public final class PppCoverageCompare {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PppCoverageCompare() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String estimator = args.length > 3 ? args[3] : "plain";
        Scenario s = Catalog.get("ppp.coverage");
        Params base = s.defaults().with("estimator", estimator);
        Grid grid = Grid.of(s, base, s.plan(base));
        // The kernel `secmc run ppp.coverage` would pick for this work (see Kernels).
        if (s.fusedPppKernelOnly(grid)) {
            Kernels.hintFusedPppOnly();
        }
        int curves = grid.cells().size();
        double mean = base.real("lambda") * Math.PI * Math.pow(base.real("radius"), 2);
        double interferers = (double) n * curves * mean;

        Tally[] last = null;
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int run = 0; run < warmup + repeats; run++) {
            Tally[] t = new Tally[grid.points().size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = s.newTally();
            }
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (Cell c : grid.cells()) {
                Tally[] part = new Tally[c.size()];
                for (int i = 0; i < part.length; i++) {
                    part[i] = t[c.points().get(i).index()];
                }
                UniformRandomProvider rng = TaskRandom.generator(1, s.id(), c.index(), run);
                s.simulate(c, rng, n, part);
            }
            long dt = System.nanoTime() - t0;
            long dc = CPU.getCurrentThreadCpuTime() - c0;
            if (run >= warmup) {
                best = Math.min(best, dt);
                bestCpu = Math.min(bestCpu, dc);
                last = t;
            }
        }

        double maxZ = 0;
        for (GridPoint p : grid.points()) {
            MeanVarianceAccumulator a = (MeanVarianceAccumulator) last[p.index()].metric(0);
            Map<String, Double> th = s.theory(p);
            double se = Math.max(Math.sqrt(a.variance() / a.count()), 1e-300);
            double z = (a.mean() - th.get("coverage")) / Math.max(se, 1.0 / a.count());
            maxZ = Math.max(maxZ, Math.abs(z));
            System.err.printf(Locale.ROOT, "%s beta_db=%6.2f secmc=%.6f +- %.6f theory=%.6f z=%+.2f%n",
                    p.curve(), p.x(), a.mean(), se, th.get("coverage"), z);
        }
        System.out.printf(Locale.ROOT,
                "secmc_ppp_coverage ns_per_interferer=%.3f cpu_ns_per_interferer=%.3f interferers=%.0f seconds=%.3f"
                        + " max_abs_z=%.2f kernel=%s%s estimator=%s%n",
                best / interferers, bestCpu / interferers, interferers, best * 1e-9, maxZ, Kernels.get().name(),
                Kernels.get() instanceof VectorKernel v ? (v.isWide() ? "-512" : "-256") : "", estimator);
    }
}
