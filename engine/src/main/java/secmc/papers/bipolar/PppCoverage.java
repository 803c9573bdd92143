package secmc.papers.bipolar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.channel.RayleighFading;
import secmc.geometry.Disk;
import secmc.kernel.Kernel;
import secmc.kernel.Kernels;
import secmc.kernel.LaneStreams;
import secmc.pointprocess.PoissonPointProcess;
import secmc.quadrature.RayleighPppLaplace;
import secmc.scenario.Axis;
import secmc.scenario.Cell;
import secmc.scenario.Curve;
import secmc.scenario.FigureStyle;
import secmc.scenario.Grid;
import secmc.scenario.GridPoint;
import secmc.scenario.Grouping;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;
import secmc.stats.Accumulator;
import secmc.stats.Tally;

/**
 * {@code ppp.coverage}: success probability of the typical link of a Poisson bipolar network.
 *
 * <p>A receiver at the origin, its transmitter at distance {@code r_o}; interferers form a PPP
 * of intensity {@code lambda}; Rayleigh fading (Exp(1) power gains) on every link; path loss
 * {@code r^-alpha}; transmit SNR {@code snr} (the SNR at 1 m without fading). The metric is
 * \( p = P(\mathrm{SINR} \ge \beta) \) with
 * \( \mathrm{SINR} = h_0 r_o^{-\alpha} / (1/\mathrm{snr} + \sum_i h_i r_i^{-\alpha}) \), whose
 * closed form is \( \exp(-\beta r_o^\alpha/\mathrm{snr} - \pi\lambda r_o^2 \beta^{2/\alpha}
 * \Gamma(1+2/\alpha)\Gamma(1-2/\alpha)) \) (Baccelli, Blaszczyszyn and Muhlethaler 2006;
 * Haenggi 2012, Thm. 5.7).
 *
 * <p>Interferers are simulated in the disk of radius {@code radius}; with
 * {@code far_field=exact} (default) those beyond it are accounted for exactly: by the
 * memorylessness of h_0, \( P(\mathrm{SINR}\ge\beta) = E[1\{\mathrm{SINR_{in}} \ge \beta\}]
 * \cdot \mathcal{L}_{out}(\beta r_o^\alpha) \), with the outside Laplace transform from
 * {@link RayleighPppLaplace#outside}. So the estimator is unbiased for the infinite plane at
 * any radius. (Truncation alone would need ~10^6 interferers per realization for the
 * alpha = 3 curve to stay under the CI at 10^6 realizations: its bias decays only as 1/R.)
 * With {@code far_field=none} the model is the finite disk and the theory column is the
 * finite-disk formula.
 *
 * <p>{@code estimator=plain} counts indicator outcomes; {@code estimator=conditional}
 * integrates all fading out given the positions:
 * \( E[\exp(-\beta r_o^\alpha/\mathrm{snr}) \prod_i 1/(1 + \beta (r_o/r_i)^\alpha)] \).
 * Every SINR threshold of a curve is evaluated on the same realizations (common random
 * numbers), so a curve costs one pass.
 */
public final class PppCoverage implements Scenario {
    static final String ID = "ppp.coverage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String paper() {
        return "Poisson bipolar network (Baccelli et al. 2006; Haenggi 2012, Thm. 5.7)";
    }

    @Override
    public String figure() {
        return "coverage vs SINR threshold";
    }

    @Override
    public String title() {
        return "Success probability of the typical link vs SINR threshold, alpha in {3, 4}";
    }

    @Override
    public List<String> equations() {
        return List.of(
                "p = exp(-beta r_o^alpha / snr - pi lambda r_o^2 beta^(2/alpha) Gamma(1+2/alpha) Gamma(1-2/alpha)) (Haenggi 2012, Thm. 5.7)",
                "far field beyond radius: exact Laplace factor exp(-lambda int_R^inf 2 pi r / (1 + r^alpha/(beta r_o^alpha)) dr)",
                "conditional estimator: exp(-beta r_o^alpha/snr) prod_i 1/(1 + beta (r_o/r_i)^alpha)");
    }

    @Override
    public List<ParamDef> parameters() {
        return List.of(
                ParamDef.real("lambda", "1/m^2", 1e-4, 0, false, 10, true, "interferer density"),
                ParamDef.real("r_o", "m", 20, 0, false, 1e4, true, "link distance"),
                ParamDef.real("alpha", "", 4, 2, false, 8, true, "path-loss exponent"),
                ParamDef.real("beta_db", "dB", 0, -50, true, 50, true, "SINR threshold"),
                ParamDef.real("snr_db", "dB", 100, -50, true, 200, true, "transmit SNR at 1 m (P / N0)"),
                ParamDef.real("radius", "m", 2000, 0, false, 1e6, true, "radius of the simulated interferer disk"),
                ParamDef.choice("far_field", "exact", List.of("exact", "none"),
                        "interferers beyond radius: exact Laplace factor, or none (finite-disk model)"),
                ParamDef.choice("estimator", "plain", List.of("plain", "conditional"),
                        "indicator counts, or fading integrated out given positions"));
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.mean("coverage", "", "P(SINR >= beta)"));
    }

    @Override
    public Plan plan(Params base) {
        return new Plan(List.of(Curve.of("alpha=3", "alpha", 3.0), Curve.of("alpha=4", "alpha", 4.0)),
                new Axis("beta_db", "dB", Axis.linspace(-10, 20, 31), false));
    }

    @Override
    public Grouping grouping() {
        return Grouping.CURVE;
    }

    @Override
    public int blockSize() {
        return 10_000;
    }

    @Override
    public long realizations(Scale scale) {
        return scale == Scale.PAPER ? 1_000_000 : 20_000;
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("coverage"), "coverage probability P(SINR >= beta)", false);
    }

    /** Largest mean number of simulated interferers per realization. */
    static final double MAX_MEAN_INTERFERERS = 5e6;

    @Override
    public void validate(Params p) {
        double r0 = p.real("r_o");
        double radius = p.real("radius");
        if (!(radius > r0)) {
            throw new IllegalArgumentException("parameter radius must be > r_o = " + r0 + " (m), got " + radius);
        }
        double mean = p.real("lambda") * Math.PI * radius * radius;
        if (mean > MAX_MEAN_INTERFERERS) {
            throw new IllegalArgumentException("parameters lambda and radius give " + String.format("%.3g", mean)
                    + " interferers per realization; lambda * pi * radius^2 must be <= " + MAX_MEAN_INTERFERERS);
        }
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        Params p = point.params();
        double alpha = p.real("alpha");
        double r0 = p.real("r_o");
        double beta = dbToLinear(p.real("beta_db"));
        double snr = dbToLinear(p.real("snr_db"));
        double s = beta * Math.pow(r0, alpha);
        double logP = -s / snr - p.real("lambda") * RayleighPppLaplace.plane(alpha, s);
        if (p.choice("far_field").equals("none")) {
            logP += p.real("lambda") * RayleighPppLaplace.outside(alpha, s, p.real("radius"));
        }
        return Map.of("coverage", Math.exp(logP));
    }

    /** The plain estimator's only vector kernel is the fused one; the conditional one uses three others. */
    @Override
    public boolean fusedPppKernelOnly(Grid grid) {
        return grid.cells().stream().flatMap(c -> c.points().stream())
                .allMatch(gp -> gp.params().choice("estimator").equals("plain"));
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out) {
        simulate(cell, rng, n, out, Kernels.get());
    }

    /** {@link #simulate} with an explicit kernel (scalar or vector twin: same results, bit for bit). */
    void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out, Kernel kernel) {
        // Points that differ only in beta_db share realizations; any other difference (a swept
        // lambda, say) gets its own pass, in cell order, from the same stream.
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cell.size(); i++) {
            Params p = cell.points().get(i).params().with("beta_db", 0.0);
            groups.computeIfAbsent(p.toJson(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : groups.values()) {
            simulateGroup(cell, members, rng, n, out, kernel);
        }
    }

    /**
     * The hot loop. Random streams (part of the results' identity): at the start of a group,
     * interferer positions get a {@link LaneStreams} from 16 words of {@code rng}, and (plain
     * estimator only) interferer fading another from the next 16; then per realization the
     * Poisson count and (plain only) the desired link's Exp(1) gain come from {@code rng}
     * (ziggurat), positions and fading from the lanes: {@code r^2 = radius^2 u} and
     * {@code h = -log v} with u, v uniform on (0, 1] (see {@link Kernel#pppFadedSum}). Nothing is
     * allocated per realization (buffers grow geometrically to the largest count seen).
     */
    private static void simulateGroup(Cell cell, List<Integer> members, UniformRandomProvider rng, int n,
                                      Tally[] out, Kernel kernel) {
        Params p = cell.points().get(members.get(0)).params();
        double lambda = p.real("lambda");
        double alpha = p.real("alpha");
        double r0 = p.real("r_o");
        double radius = p.real("radius");
        double noise = 1 / dbToLinear(p.real("snr_db"));
        boolean conditional = p.choice("estimator").equals("conditional");
        boolean farField = p.choice("far_field").equals("exact");
        int m = members.size();
        double[] beta = new double[m];
        double[] farFactor = new double[m];
        double[] noiseFactor = new double[m];
        Accumulator[] acc = new Accumulator[m];
        Map<Double, Double> seen = new HashMap<>();
        for (int j = 0; j < m; j++) {
            beta[j] = dbToLinear(cell.points().get(members.get(j)).params().real("beta_db"));
            double s = beta[j] * Math.pow(r0, alpha);
            farFactor[j] = farField
                    ? seen.computeIfAbsent(s, v -> Math.exp(-lambda * RayleighPppLaplace.outside(alpha, v, radius)))
                    : 1.0;
            noiseFactor[j] = Math.exp(-s * noise);
            acc[j] = out[members.get(j)].metric(0);
        }
        double r0a = Math.pow(r0, alpha);
        double radius2 = radius * radius;
        PoissonPointProcess.Sampler ppp = new PoissonPointProcess(new Disk(radius), lambda).sampler(rng);
        LaneStreams positions = LaneStreams.from(rng);
        if (conditional) {
            // (r_o / r_i)^alpha with r_i^2 = radius^2 u_i is ((r_o^2 / radius^2) / u_i)^(alpha/2).
            double ref2 = r0 * r0 / radius2;
            double mean = lambda * Math.PI * radius2;
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, mean + 8 * Math.sqrt(mean) + 16);
            double[] u = new double[capacity];
            double[] gains = new double[capacity];
            double[] prod = new double[m];
            for (int k = 0; k < n; k++) {
                int count = ppp.sampleCount();
                if (count > u.length) {
                    u = new double[Math.max(count, u.length + (u.length >> 1))];
                    gains = new double[u.length];
                }
                kernel.fillUniform(positions, u, count);
                kernel.relativeGains(u, count, ref2, alpha, gains);
                kernel.rayleighProducts(gains, count, beta, m, prod);
                for (int j = 0; j < m; j++) {
                    acc[j].accept(noiseFactor[j] * prod[j] * farFactor[j]);
                }
            }
        } else {
            LaneStreams fading = LaneStreams.from(rng);
            RayleighFading desired = new RayleighFading(rng);
            for (int k = 0; k < n; k++) {
                int count = ppp.sampleCount();
                double interference = kernel.pppFadedSum(positions, fading, count, radius2, alpha);
                double sinr = desired.sample() / (r0a * (noise + interference));
                for (int j = 0; j < m; j++) {
                    acc[j].accept(sinr >= beta[j] ? farFactor[j] : 0.0);
                }
            }
        }
    }

    static double dbToLinear(double db) {
        return Math.pow(10, db / 10);
    }
}
