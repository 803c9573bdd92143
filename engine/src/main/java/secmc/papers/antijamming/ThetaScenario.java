package secmc.papers.antijamming;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.scenario.Cell;
import secmc.scenario.FigureStyle;
import secmc.scenario.GridPoint;
import secmc.scenario.Grouping;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.stats.Tally;

/**
 * Figures 5-9: the performance metric theta (cumulative drops per SU over T_theta slots, spec
 * anti-jamming.md §6) against N or f_bar for several schemes and settings. One realization is
 * one independent run; every curve at one x is simulated from the same run seeds (common random
 * numbers, Grouping.X), so PC and PD see the same channel, SNR and traffic paths.
 *
 * <p>Theory column: the long-run floor of §6,
 * \( \theta/T \ge \bar f - \min(B_{max}, g_{max}) E[(M'-1)^+]/N \) with M' ~ Bin(M, P(idle)):
 * buffers are bounded, at most one unjammed idle channel fewer than idle channels serves, and a
 * channel serves at most min(b, g) <= min(B_max, g_max) packets. It bounds the exact overflow
 * count; the printed reward (6) counts at most that many.
 */
final class ThetaScenario extends AntiJamScenario {

    ThetaScenario(String id, String figure, String title, List<ParamDef> parameters, Function<Params, Plan> plan,
                  long quick, long paper) {
        super(id, figure, title, parameters, plan, quick, paper);
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                MetricDef.mean("theta", "packets per SU", "cumulative dropped packets per SU over T_theta slots (spec 6)"),
                MetricDef.mean("theta_per_slot", "packets per SU per slot", "theta / T_theta"),
                MetricDef.theory("theta_per_slot_floor", "packets per SU per slot",
                        "long-run floor f_bar - min(B_max, g_max) E[(M'-1)^+] / N (spec 6)"));
    }

    @Override
    public Grouping grouping() {
        return Grouping.X;
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("theta"), "theta (dropped packets per SU over T_theta slots)", false);
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        return Map.of("theta_per_slot_floor", floor(config(point.params())));
    }

    /** The analytic long-run floor of theta per slot (spec §6), clipped at 0. */
    static double floor(AntiJamConfig c) {
        ExogenousChains ch = new ExogenousChains(c.m(), c.alphaN2F(), c.alphaF2N(), c.onIsIdle());
        BufferModel bm = new BufferModel(c.bMax(), c.fBar(), c.tsW(), c.berTarget(), c.rewardMode());
        double pi = ch.stationaryIdle();
        double e = 0;
        for (int k = 2; k <= c.m(); k++) {
            e += (k - 1) * binomial(c.m(), k) * Math.pow(pi, k) * Math.pow(1 - pi, c.m() - k);
        }
        double perChannel = Math.min(c.bMax(), bm.maxRate());
        return Math.max(0, c.fBar() - perChannel * e / c.n());
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out) {
        for (int r = 0; r < n; r++) {
            long runSeed = rng.nextLong();
            for (int i = 0; i < cell.size(); i++) {
                AntiJamConfig cfg = config(cell.points().get(i).params());
                RunTrace trace = RunTrace.simulate(cfg, runSeed, false);
                double theta = trace.theta(cfg.horizon());
                if (trace.failed() || !Double.isFinite(theta)) {
                    out[i].addFailure();
                    continue;
                }
                out[i].metric(0).accept(theta);
                out[i].metric(1).accept(theta / cfg.horizon());
            }
        }
    }
}
