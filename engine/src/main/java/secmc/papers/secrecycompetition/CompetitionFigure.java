package secmc.papers.secrecycompetition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import secmc.scenario.Scale;
import secmc.scenario.Scenario;
import secmc.stats.Tally;

/**
 * The Monte Carlo figures 4-7 of Tang et al. (IEEE TWC 2021): per topology (the Monte Carlo
 * unit; {@code --realizations} counts topologies), every grid point's scheme is solved to its
 * priced equilibrium by the scalar NCP solver (spec Sec. 6) with Algorithm 1 inside (spec
 * Sec. 5), and evaluated under the worst case (spec Sec. 7): powers, worst-case secrecy (21)-(23),
 * worst-case and nominal interference at the MUE, and the diagnostics of spec Sec. 8.3.
 *
 * <p>Common random numbers over the whole figure ({@link Grouping#ALL}): every point of a
 * figure sees the same topologies (spec Sec. 8.2: the same topologies for all chi, I^th,
 * schemes and Eve distances; Fig. 6's smaller networks are the first J SBSs of the largest
 * one). Stateless.
 */
final class CompetitionFigure implements Scenario {
    private final String id;
    private final String figure;
    private final String title;
    private final List<ParamDef> parameters;
    private final Function<Params, Plan> plan;
    private final FigureStyle style;

    CompetitionFigure(String id, String figure, String title, List<ParamDef> parameters, Function<Params, Plan> plan,
                      FigureStyle style) {
        this.id = id;
        this.figure = figure;
        this.title = title;
        this.parameters = List.copyOf(parameters);
        this.plan = plan;
        this.style = style;
    }

    /** The paper, cited. */
    static final String PAPER = "Tang, Zhang, Wang, Cai, Han: Robust secrecy competition with aggregate interference "
            + "constraint in small-cell networks, IEEE TWC 2021, doi:10.1109/TWC.2020.3041339";

    /** Metrics of every Monte Carlo figure, in row order. */
    static final List<MetricDef> METRICS = List.of(
            MetricDef.mean("power_per_sbs", "W", "(1/J) sum_j sum_k p_j(k) at the scheme's equilibrium"),
            MetricDef.mean("sum_power", "W", "network sum power sum_j sum_k p_j(k)"),
            MetricDef.mean("secrecy_per_sue", "bits/s/Hz", "(1/J) sum_j worst-case secrecy C-bar_j(p*), (21)-(23)"),
            MetricDef.mean("sum_secrecy", "bits/s/Hz", "network sum of worst-case secrecy rates"),
            MetricDef.mean("interference_wc", "W", "worst-case interference at the MUE, sum p h^ + chi_e ||h^|| ||p||"),
            MetricDef.median("interference_wc_median", "W", "median over topologies of the worst-case interference"),
            MetricDef.mean("interference_nominal", "W", "nominal interference at the MUE, sum p h^"),
            MetricDef.proportion("violation_fraction", "fraction of topologies with worst-case interference > 1.001 I^th"),
            MetricDef.proportion("price_active_fraction", "fraction of topologies with kappa~* > 0 (constraint active)"),
            MetricDef.proportion("not_converged_fraction",
                    "fraction of topologies where Algorithm 1 (all stages) or the price did not converge"),
            MetricDef.mean("floor_fraction", "", "fraction of (Eve, channel) pairs with the floor of (23) active at p*"),
            MetricDef.mean("kappa", "", "normalised price kappa~* = kappa* I^th"),
            MetricDef.proportion("stage_jacobi_fraction",
                    "fraction of topologies where plain Jacobi (Algorithm 1 as printed) converged at kappa~*"),
            MetricDef.proportion("stage_damped_jacobi_fraction",
                    "fraction of topologies where Algorithm 1 needed the damped Jacobi fallback at kappa~*"),
            MetricDef.proportion("stage_gauss_seidel_fraction",
                    "fraction of topologies where Algorithm 1 needed the damped Gauss-Seidel fallback at kappa~*"),
            MetricDef.median("interference_ratio_median", "",
                    "median over topologies of worst-case interference / I^th (1 = the threshold)"));

    @Override
    public String id() {
        return id;
    }

    @Override
    public String paper() {
        return PAPER;
    }

    @Override
    public String figure() {
        return figure;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<String> equations() {
        return List.of(
                "worst-case secrecy (21)-(23) with corrections [C2]-[C5] (spec Sec. 2.1)",
                "worst-case interference zeta = sum p h^ + sqrt(e)||p|| - I^th (spec Sec. 2.2 [C7])",
                "best response (33): exact three-level KKT solution (spec Sec. 4)",
                "Algorithm 1 with fallback schedule (spec Sec. 5); scalar NCP for the price (spec Sec. 6)",
                "schemes RR, RN, NN evaluated under the worst case (spec Sec. 7); setup spec Sec. 8");
    }

    @Override
    public List<ParamDef> parameters() {
        return parameters;
    }

    @Override
    public List<MetricDef> metrics() {
        return METRICS;
    }

    @Override
    public Plan plan(Params base) {
        return plan.apply(base);
    }

    @Override
    public Grouping grouping() {
        return Grouping.ALL;
    }

    /** Topologies per task: small, because one topology costs all of a figure's equilibria. */
    @Override
    public int blockSize() {
        return 10;
    }

    @Override
    public long realizations(Scale scale) {
        return scale == Scale.PAPER ? 500 : 40;
    }

    @Override
    public FigureStyle style() {
        return style;
    }

    @Override
    public void validate(Params p) {
        if (p.real("p_msk") > p.real("p_max")) {
            throw new IllegalArgumentException("parameter p_msk must be <= p_max = " + p.real("p_max") + " (W), got "
                    + p.real("p_msk"));
        }
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out) {
        // Points sharing the draw key (K and geometry) share topologies; J and D only select from a draw.
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cell.size(); i++) {
            groups.computeIfAbsent(ModelParams.drawKey(cell.points().get(i).params()), k -> new ArrayList<>()).add(i);
        }
        for (int t = 0; t < n; t++) {
            for (List<Integer> members : groups.values()) {
                Params first = cell.points().get(members.get(0)).params();
                Deployment dep = ModelParams.deployment(first);
                int k = (int) first.integer("K");
                int jMax = 0;
                for (int i : members) {
                    jMax = Math.max(jMax, (int) cell.points().get(i).params().integer("J"));
                }
                TopologyDraw draw = dep.draw(rng, jMax, k);
                Map<String, Gains> gains = new HashMap<>();
                Map<String, Algorithm1.Result> priceFree = new HashMap<>();
                for (int i : members) {
                    GridPoint gp = cell.points().get(i);
                    Params p = gp.params();
                    int j = (int) p.integer("J");
                    double d = p.real("D");
                    Gains g = gains.computeIfAbsent(j + "|" + d, key -> dep.gains(draw, j, d));
                    Network net = new Network(g, ModelParams.model(p));
                    Scheme scheme = ModelParams.scheme(p);
                    double[] start = new double[net.size()];
                    // Points that differ only in what the price-0 equilibrium ignores share it (Fig. 5: 15
                    // points, one run; Figs. 6-7: RR and RN), the same bits as solving it per point.
                    Algorithm1.Result atZero = priceFree.computeIfAbsent(j + "|" + d + "|" + priceFreeKey(p, scheme),
                            key -> ScalarNcp.ENGINE.priceFree(net, scheme, start));
                    PriceResult r = ScalarNcp.ENGINE.solve(net, scheme, start, atZero);
                    record(Outcome.of(net, r), out[i]);
                }
            }
        }
    }

    /**
     * The parameters the price-0 equilibrium depends on (see {@link ScalarNcp#priceFree}): all but
     * I^th and chi_e, with the scheme reduced to its secrecy model (RR and RN: robust, NN: nominal).
     */
    static String priceFreeKey(Params p, Scheme scheme) {
        return p.with("I_th", 1.0).with("chi_e", 0.0).with("scheme", scheme.robustSecrecy() ? "RR" : "NN").toJson();
    }

    /** Adds one topology's outcome to a point's tally, in {@link #METRICS} order. */
    static void record(Outcome o, Tally t) {
        if (!o.finite()) {
            t.addFailure();
            return;
        }
        int j = o.sbs();
        t.metric(0).accept(o.sumPower() / j);
        t.metric(1).accept(o.sumPower());
        t.metric(2).accept(o.sumSecrecy() / j);
        t.metric(3).accept(o.sumSecrecy());
        t.metric(4).accept(o.interferenceWorst());
        t.metric(5).accept(o.interferenceWorst());
        t.metric(6).accept(o.interferenceNominal());
        t.metric(7).accept(o.violates() ? 1 : 0);
        t.metric(8).accept(o.kappa() > 0 ? 1 : 0);
        t.metric(9).accept(o.converged() ? 0 : 1);
        t.metric(10).accept(o.floorFraction());
        t.metric(11).accept(o.kappa());
        // Which stage converged at the final price (spec Sec. 8.3); with not_converged_fraction
        // these sum to at least one (a topology whose price did not converge counts twice).
        t.metric(12).accept(o.stage() == Algorithm1.Stage.JACOBI ? 1 : 0);
        t.metric(13).accept(o.stage() == Algorithm1.Stage.DAMPED_JACOBI ? 1 : 0);
        t.metric(14).accept(o.stage() == Algorithm1.Stage.DAMPED_GAUSS_SEIDEL ? 1 : 0);
        // The mean worst-case interference of RN/NN is dominated by a few topologies (heavy tail,
        // 1e4 x I^th); the median relative to I^th is what a plot can show next to the threshold 1.
        t.metric(15).accept(o.interferenceWorst() / o.threshold());
    }
}
