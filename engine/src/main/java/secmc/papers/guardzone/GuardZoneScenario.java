package secmc.papers.guardzone;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.scenario.Cell;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Scale;
import secmc.scenario.Scenario;
import secmc.stats.Tally;

/**
 * What the guard-zone figures share: the paper, the parameters (spec symbols, section 9
 * defaults), cross-parameter rules and block size. Subclasses are stateless.
 */
abstract class GuardZoneScenario implements Scenario {
    static final String PAPER = "Kishk and Dhillon, Coexistence of RF-powered IoT and a primary wireless network "
            + "with secrecy guard zones, IEEE TWC 17(3), 2018";
    /** Largest mean number of simulated points (PTs + ERs) per realization accepted by validate. */
    static final double MAX_MEAN_POINTS = 2e6;

    private final String id;
    private final String figure;
    private final String title;

    GuardZoneScenario(String id, String figure, String title) {
        this.id = id;
        this.figure = figure;
        this.title = title;
    }

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

    /** The common parameters (spec section 9 defaults); subclasses may append more. */
    @Override
    public List<ParamDef> parameters() {
        List<ParamDef> p = new ArrayList<>(List.of(
                ParamDef.real("lambda_P", "1/m^2", 0.01, 0, false, 1, true, "density of primary transmitters (PTs)"),
                ParamDef.real("lambda_S", "1/m^2", 0.01, 0, true, 1, true, "density of energy receivers (ERs)"),
                ParamDef.real("lambda_S_max", "1/m^2", 0.02, 0, false, 1, true, "largest ER density (game)"),
                ParamDef.real("r_g", "m", 0, 0, true, 100, true, "secrecy guard-zone radius around every PT"),
                ParamDef.real("r_o", "m", 2, 0, false, 100, true, "PT-PR link distance"),
                ParamDef.real("alpha", "", 4, 2, false, 8, true, "path-loss exponent"),
                ParamDef.real("beta_db", "dB", 0, -30, true, 30, true, "SINR threshold at the PR"),
                ParamDef.real("theta_db", "dB", 0, -30, true, 30, true, "SINR threshold at an ER (perfect secrecy)"),
                ParamDef.real("snr_p_db", "dB", 30, -20, true, 100, true, "transmit SNR at the PR, P / sigma_P^2"),
                ParamDef.real("snr_s_db", "dB", 30, -20, true, 100, true, "transmit SNR at the ERs, P / sigma_S^2"),
                ParamDef.real("eta", "", 0.5, 0, false, 1, true, "RF-to-DC efficiency"),
                ParamDef.real("e_min", "J", 1e-4, 0, false, 1, true, "minimum energy an ER must harvest (P = 1 W, T = 1 s)"),
                ParamDef.real("epsilon", "", 0.95, 0, true, 1, true, "required secrecy level p_s >= epsilon"),
                ParamDef.choice("mode", "exact", List.of("exact", "thinned"),
                        "Monte Carlo PT activity: exact Poisson-hole carving, or independent thinning with p_a")));
        p.addAll(extraParameters());
        return p;
    }

    /** Figure-specific parameters appended to the common ones. */
    List<ParamDef> extraParameters() {
        return List.of();
    }

    @Override
    public void validate(Params p) {
        double ls = p.real("lambda_S");
        double max = p.real("lambda_S_max");
        // Relative slack 1e-12: grid values like 0.002 + 9 * 0.002 land a few ulps above the cap.
        if (ls > max * (1 + 1e-12)) {
            throw new IllegalArgumentException("parameter lambda_S must be <= lambda_S_max = " + max + " (1/m^2), got " + ls);
        }
        if (simulates()) {
            GuardZoneModel m = GuardZoneModel.of(p);
            double mean = GuardZoneSimulator.meanPoints(m, this instanceof SecrecyFigure, this instanceof HarvestingFigure);
            if (mean > MAX_MEAN_POINTS) {
                throw new IllegalArgumentException(String.format(
                        "parameters lambda_P, lambda_S and r_g give %.3g simulated points per realization; must be <= %.0g",
                        mean, MAX_MEAN_POINTS));
            }
        }
    }

    /** Whether this figure has Monte Carlo metrics. */
    boolean simulates() {
        return metrics().stream().anyMatch(d -> d.simulated());
    }

    @Override
    public int blockSize() {
        return simulates() ? 2_000 : 1;
    }

    @Override
    public long realizations(Scale scale) {
        return simulates() ? (scale == Scale.PAPER ? 100_000 : quickRealizations()) : 1;
    }

    /** Realizations per point at quick scale (all eight figures in about two minutes on 2 cores). */
    long quickRealizations() {
        return 4_000;
    }

    @Override
    public void simulate(Cell cell, UniformRandomProvider rng, int n, Tally[] out) {
        for (int i = 0; i < cell.size(); i++) {
            Params p = cell.points().get(i).params();
            GuardZoneSimulator sim = new GuardZoneSimulator(GuardZoneModel.of(p), SimulationMode.parse(p.choice("mode")),
                    rng);
            simulatePoint(sim, p, n, out[i]);
        }
    }

    /** Runs n realizations of one point; theory-only figures do nothing. */
    void simulatePoint(GuardZoneSimulator sim, Params p, int n, Tally out) {
    }

    /** Adds a theory value only when it is finite (NaN marks "infeasible" or "undefined"). */
    static void put(java.util.Map<String, Double> map, String name, double v) {
        if (Double.isFinite(v)) {
            map.put(name, v);
        }
    }
}
