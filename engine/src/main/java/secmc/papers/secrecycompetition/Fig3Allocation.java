package secmc.papers.secrecycompetition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code secrecy.fig3}: the RR equilibrium power of one SBS on each channel (paper Fig. 3,
 * spec Sec. 9), laid out like the paper: four panels (metrics), (a) I^th = 5e-12 W and
 * (b) I^th = 10e-12 W, each with an upper (chi_e = 0.01) and a lower (chi_e = 0.1) panel; in each
 * panel one curve per chi_epsilon = chi_varepsilon in {0.01, 0.1}; x is the channel index
 * k = 1..K. The panels fix I^th and chi_e (a {@code --set} of those is overridden). All on one
 * topology chosen by {@link ReferenceTopology}'s rule at chi = 0.01, I^th = 10e-12 W (from this
 * scenario's own stream, so it is generally not Fig. 2's topology).
 */
final class Fig3Allocation implements Scenario {
    /** The four panels (I^th in W, chi_e) in the paper's order: (a) upper, (a) lower, (b) upper, (b) lower. */
    static final double[][] PANELS = {{5e-12, 0.01}, {5e-12, 0.1}, {10e-12, 0.01}, {10e-12, 0.1}};

    /** The metric of a panel, e.g. {@code power_ith5_chie001} for I^th = 5e-12 W, chi_e = 0.01. */
    static String metric(double[] panel) {
        return "power_ith" + Math.round(panel[0] * 1e12) + "_chie" + (panel[1] < 0.05 ? "001" : "01");
    }

    @Override
    public String id() {
        return "secrecy.fig3";
    }

    @Override
    public String paper() {
        return CompetitionFigure.PAPER;
    }

    @Override
    public String figure() {
        return "Fig. 3";
    }

    @Override
    public String title() {
        return "RR equilibrium power of one SBS per channel for I^th, chi_e and chi_epsilon = chi_varepsilon";
    }

    @Override
    public List<String> equations() {
        return List.of("best response (33) (spec Sec. 4), Algorithm 1 (spec Sec. 5), scalar NCP (spec Sec. 6)");
    }

    @Override
    public List<ParamDef> parameters() {
        List<ParamDef> d = new ArrayList<>(ModelParams.definitions(10e-12, 0.01, 0.01, 0.01));
        d.add(ParamDef.integer("sbs", "", 1, 1, 64, "which SBS is shown (1-based)"));
        return d;
    }

    @Override
    public List<MetricDef> metrics() {
        List<MetricDef> m = new ArrayList<>();
        for (double[] panel : PANELS) {
            m.add(MetricDef.mean(metric(panel), "W", "p_j(k) of the shown SBS at the RR equilibrium, Fig. 3("
                    + (panel[0] < 7e-12 ? "a" : "b") + ") " + (panel[1] < 0.05 ? "upper" : "lower") + ": I^th = "
                    + panel[0] + " W, chi_e = " + panel[1]));
        }
        return m;
    }

    @Override
    public Plan plan(Params base) {
        List<Curve> curves = new ArrayList<>();
        for (double chi : new double[] {0.01, 0.1}) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("chi_epsilon", chi);
            o.put("chi_varepsilon", chi);
            curves.add(new Curve("chi_epsilon=chi_varepsilon=" + chi, o));
        }
        double[] k = new double[(int) base.integer("K")];
        for (int i = 0; i < k.length; i++) {
            k[i] = i + 1;
        }
        return new Plan(curves, new Axis("k", "", k, false));
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
        List<String> panels = new ArrayList<>();
        for (double[] panel : PANELS) {
            panels.add(metric(panel));
        }
        return new FigureStyle(panels, "power p_j(k) (W)", false);
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
        Params ref = cell.first().params().with("I_th", 10e-12).with("chi_e", 0.01).with("chi_epsilon", 0.01)
                .with("chi_varepsilon", 0.01).with("scheme", "RR");
        for (int r = 0; r < n; r++) {
            ReferenceTopology topo = ReferenceTopology.find(rng, ref);
            if (topo == null) {
                for (Tally t : out) {
                    t.addFailure();
                }
                continue;
            }
            Map<String, double[]> solved = new HashMap<>();
            for (int i = 0; i < cell.size(); i++) {
                GridPoint gp = cell.points().get(i);
                int j = (int) gp.params().integer("sbs") - 1;
                int k = (int) Math.round(gp.x()) - 1;
                int kk = (int) gp.params().integer("K");
                if (k < 0 || k >= kk) {
                    out[i].addFailure();
                    continue;
                }
                for (int m = 0; m < PANELS.length; m++) {
                    Params pp = gp.params().with("I_th", PANELS[m][0]).with("chi_e", PANELS[m][1]);
                    double[] p = solved.computeIfAbsent(gp.curveIndex() + "|" + m, key -> {
                        Network net = new Network(topo.gains(), ModelParams.model(pp));
                        return ScalarNcp.ENGINE.solve(net, Scheme.RR, new double[net.size()]).p();
                    });
                    out[i].metric(m).accept(p[j * kk + k]);
                }
            }
        }
    }
}
