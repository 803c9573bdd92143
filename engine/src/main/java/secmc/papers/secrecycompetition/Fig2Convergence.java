package secmc.papers.secrecycompetition;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.scenario.Axis;
import secmc.scenario.Cell;
import secmc.scenario.Curve;
import secmc.scenario.FigureStyle;
import secmc.scenario.GridPoint;
import secmc.scenario.Grouping;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;
import secmc.stats.Tally;

/**
 * {@code secrecy.fig2}: convergence of Algorithm 1 at the RR price kappa~* on one topology (paper
 * Fig. 2, spec Sec. 9): total power and worst-case secrecy of the odd SBSs, and
 * {@code ||p(t) - p*|| / ||p*||}, per iteration, from the all-zero and the full-power start.
 * p* is the equilibrium reached from the all-zero start. After an iteration's run has converged
 * its last iterate is held. One realization = one qualifying topology ({@link ReferenceTopology}).
 */
final class Fig2Convergence implements Scenario {
    /** Iterations shown (the paper: "within dozens of iterations"). */
    static final int ITERATIONS = 40;

    @Override
    public String id() {
        return "secrecy.fig2";
    }

    @Override
    public String paper() {
        return CompetitionFigure.PAPER;
    }

    @Override
    public String figure() {
        return "Fig. 2";
    }

    @Override
    public String title() {
        return "Algorithm 1 at kappa~*: SBS power, worst-case secrecy and distance to p* vs iteration, two starts";
    }

    @Override
    public List<String> equations() {
        return List.of("Algorithm 1, Jacobi best responses (spec Sec. 5); kappa~* by the scalar NCP (spec Sec. 6)",
                "worst-case secrecy (21)-(23) (spec Sec. 2.1)");
    }

    @Override
    public List<ParamDef> parameters() {
        List<ParamDef> d = new ArrayList<>(ModelParams.definitions(10e-12, 0.01, 0.01, 0.01));
        d.add(ParamDef.integer("sbs", "", 1, 1, 64, "which SBS a curve shows (1-based)"));
        d.add(ParamDef.choice("start", "zero", List.of("zero", "full"),
                "Algorithm 1 start: all-zero or p^max/K on every channel"));
        return d;
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.mean("sbs_power", "W", "sum_k p_j(k) of the curve's SBS at iteration t"),
                MetricDef.mean("sbs_secrecy", "bits/s/Hz", "worst-case secrecy C-bar_j(p(t)) of the curve's SBS"),
                MetricDef.mean("relative_error", "", "||p(t) - p*|| / ||p*|| (whole network; same for all SBS curves)"));
    }

    @Override
    public Plan plan(Params base) {
        List<Curve> curves = new ArrayList<>();
        for (int j = 1; j <= base.integer("J"); j += 2) {
            for (String s : List.of("zero", "full")) {
                java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
                o.put("sbs", (long) j);
                o.put("start", s);
                curves.add(new Curve("SBS" + j + " " + s, o));
            }
        }
        double[] t = new double[ITERATIONS + 1];
        for (int i = 0; i <= ITERATIONS; i++) {
            t[i] = i;
        }
        return new Plan(curves, new Axis("iteration", "", t, false));
    }

    @Override
    public Grouping grouping() {
        return Grouping.ALL;
    }

    @Override
    public int blockSize() {
        return 1;
    }

    @Override
    public long realizations(Scale scale) {
        return 1;
    }

    @Override
    public FigureStyle style() {
        // Fig. 2(b) draws the distance to p* on a log scale (spec section 9); the power and secrecy panels are linear.
        return new FigureStyle(List.of("sbs_power", "sbs_secrecy", "relative_error"), "W | bits/s/Hz | relative", false,
                List.of("relative_error"));
    }

    @Override
    public void validate(Params p) {
        if (p.integer("sbs") > p.integer("J")) {
            throw new IllegalArgumentException("parameter sbs must be <= J = " + p.integer("J") + ", got "
                    + p.integer("sbs"));
        }
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out) {
        Params ref = cell.first().params();
        for (int r = 0; r < n; r++) {
            ReferenceTopology topo = ReferenceTopology.find(rng, ref);
            if (topo == null) {
                for (Tally t : out) {
                    t.addFailure();
                }
                continue;
            }
            Network net = topo.network();
            double kappa = topo.price().kappa();
            Algorithm1.Result zero = Algorithm1.ENGINE.solve(net, Scheme.RR, kappa, new double[net.size()], true);
            Algorithm1.Result full = Algorithm1.ENGINE.solve(net, Scheme.RR, kappa, ReferenceTopology.fullStart(net), true);
            double[] star = zero.p();
            double starNorm = norm(star, null);
            int kk = net.channels();
            for (int i = 0; i < cell.size(); i++) {
                GridPoint gp = cell.points().get(i);
                List<double[]> traj = gp.params().choice("start").equals("zero") ? zero.trajectory() : full.trajectory();
                double[] p = traj.get(Math.min((int) Math.round(gp.x()), traj.size() - 1));
                int j = (int) gp.params().integer("sbs") - 1;
                double power = 0;
                for (int k = 0; k < kk; k++) {
                    power += p[j * kk + k];
                }
                out[i].metric(0).accept(power);
                out[i].metric(1).accept(net.secrecyWorst(j, p));
                out[i].metric(2).accept(norm(p, star) / starNorm);
            }
        }
    }

    /** ||p - q|| (or ||p|| when q is null). */
    private static double norm(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double d = q == null ? p[i] : p[i] - q[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
