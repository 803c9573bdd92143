package secmc.bench.secrecycompetition;

import java.util.concurrent.TimeUnit;
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
import secmc.papers.secrecycompetition.Algorithm1;
import secmc.papers.secrecycompetition.BestResponse;
import secmc.papers.secrecycompetition.Deployment;
import secmc.papers.secrecycompetition.Network;
import secmc.papers.secrecycompetition.PriceResult;
import secmc.papers.secrecycompetition.ScalarNcp;
import secmc.papers.secrecycompetition.Scheme;
import secmc.papers.secrecycompetition.SystemModel;
import secmc.random.TaskRandom;

/**
 * The secrecy-competition solver (Tang et al., IEEE TWC 2021; spec Secs. 4-6), single-threaded,
 * on one topology of the spec's setup with {@code sbs} = J SBSs, K = 4, chi = 0.1,
 * I^th = 10e-12 W: the first topology (seeds 1, 2, ...) whose RR price is active and whose
 * Algorithm 1 converges as printed (plain Jacobi), so every operation does the same, typical work.
 * <ul>
 *   <li>{@code problem}: building SBS 1's best-response coefficients (22)-(23) at the RR
 *       equilibrium (the floor of the cost of a best response; O(J K));</li>
 *   <li>{@code bestResponse}: one exact best response (33) of SBS 1 at the RR equilibrium and price
 *       (three nested levels, the root-term case w &gt; 0);</li>
 *   <li>{@code equilibrium}: Algorithm 1 at kappa~* from the all-zero start (J best responses per
 *       iteration);</li>
 *   <li>{@code price}: the scalar NCP solve from the all-zero start, i.e. one (topology, scheme)
 *       unit of Figs. 4-7.</li>
 * </ul>
 * Cost should grow about linearly in J from problem to bestResponse (best response is O(K) per
 * level-2 evaluation after an O(J K) set-up) and faster for equilibrium (J best responses times
 * the iteration count, which grows with the coupling).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class EquilibriumBench {
    @Param({"4", "8", "12"})
    public int sbs;

    Network net;
    double kappa;
    double[] star;
    double[] zero;

    @Setup
    public void setUp() {
        Deployment dep = Deployment.defaults();
        SystemModel model = SystemModel.defaults();
        for (long seed = 1; seed < 10_000; seed++) {
            Network n = new Network(dep.gains(dep.draw(TaskRandom.fromSeed(seed), sbs, 4), sbs, 120), model);
            PriceResult r = ScalarNcp.ENGINE.solve(n, Scheme.RR, new double[n.size()]);
            if (r.kappa() > 0 && r.converged() && r.equilibrium().stage() == Algorithm1.Stage.JACOBI) {
                net = n;
                kappa = r.kappa();
                star = r.p();
                zero = new double[n.size()];
                return;
            }
        }
        throw new IllegalStateException("no qualifying topology");
    }

    @Benchmark
    public BestResponse.Problem problem() {
        return net.problem(0, star, Scheme.RR, kappa);
    }

    @Benchmark
    public BestResponse.Result bestResponse() {
        return BestResponse.solve(net.problem(0, star, Scheme.RR, kappa));
    }

    @Benchmark
    public Algorithm1.Result equilibrium() {
        return Algorithm1.ENGINE.solve(net, Scheme.RR, kappa, zero, false);
    }

    @Benchmark
    public PriceResult price() {
        return ScalarNcp.ENGINE.solve(net, Scheme.RR, zero);
    }
}
