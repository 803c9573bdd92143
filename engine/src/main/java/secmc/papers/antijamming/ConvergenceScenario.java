package secmc.papers.antijamming;

import java.util.List;
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
 * Figures 2-4: learning curves over time slots. One realization is one run of T_theta slots
 * that produces the whole trajectory; the x-axis ({@code slot}) is the number of slots played,
 * so all points of a curve come from the same runs, and all curves use the same run seeds
 * (Grouping.ALL: common random numbers between PC and PD).
 *
 * <p>Metrics per slot count x (spec anti-jamming.md §6, §5.5a): the normalized cumulative value
 * C(x) (sum_i V_i at the current state, averaged over the last T/20 slots, divided by its
 * magnitude over the last 10 % of the run, per run: 0 to -1), the efficiency eta averaged over the
 * same window, the run's convergence slot (same value at every x), theta up to x and theta / x.
 */
final class ConvergenceScenario extends AntiJamScenario {
    /** Points of the slot axis. */
    static final int POINTS = 40;

    ConvergenceScenario(String id, String figure, String title, List<ParamDef> parameters, Function<Params, Plan> plan,
                        long quick, long paper) {
        super(id, figure, title, parameters, plan, quick, paper);
    }

    /** The slot axis of horizon T: T i / POINTS, i = 1..POINTS. */
    static double[] slots(long horizon) {
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = Math.max(1, Math.round((double) horizon * (i + 1) / POINTS));
        }
        return x;
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                MetricDef.mean("cumulative_value", "", "normalized cumulative value C(t) of the SUs (spec 6), 0 to -1"),
                MetricDef.mean("efficiency", "", "eta(t): induced allocation value / stage game value, window mean (spec 5.5a)"),
                MetricDef.mean("convergence_slot", "slots", "first slot after which |C - C_final| <= 0.02 |C_final| (spec 6)"),
                MetricDef.mean("theta", "packets per SU", "cumulative dropped packets per SU up to the slot"),
                MetricDef.mean("theta_per_slot", "packets per SU per slot", "theta / slots"));
    }

    @Override
    public Grouping grouping() {
        return Grouping.ALL;
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("cumulative_value", "efficiency"), "normalized cumulative value C(t)", false);
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out) {
        int maxCurve = 0;
        for (GridPoint p : cell.points()) {
            maxCurve = Math.max(maxCurve, p.curveIndex());
        }
        for (int r = 0; r < n; r++) {
            long runSeed = rng.nextLong();
            for (int c = 0; c <= maxCurve; c++) {
                RunTrace trace = null;
                AntiJamConfig cfg = null;
                int conv = 0;
                for (int i = 0; i < cell.size(); i++) {
                    GridPoint p = cell.points().get(i);
                    if (p.curveIndex() != c) {
                        continue;
                    }
                    if (trace == null) {
                        cfg = config(p.params());
                        trace = RunTrace.simulate(cfg, runSeed, true);
                        conv = trace.failed() || !(trace.normalizer() > 0) ? -1 : trace.convergenceSlot();
                    }
                    int slots = (int) Math.min(Math.max(1, Math.round(p.x())), cfg.horizon());
                    double cv = conv < 0 ? Double.NaN : trace.normalizedValue(slots);
                    if (conv < 0 || !Double.isFinite(cv)) {
                        out[i].addFailure();
                        continue;
                    }
                    out[i].metric(0).accept(cv);
                    double eta = trace.efficiency(slots);
                    if (Double.isFinite(eta)) {
                        out[i].metric(1).accept(eta);
                    }
                    out[i].metric(2).accept(conv);
                    double theta = trace.theta(slots);
                    out[i].metric(3).accept(theta);
                    out[i].metric(4).accept(theta / slots);
                }
            }
        }
    }
}
