package secmc.papers.guardzone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import secmc.scenario.Axis;
import secmc.scenario.Curve;
import secmc.scenario.FigureStyle;
import secmc.scenario.GridPoint;
import secmc.scenario.MetricDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;
import secmc.stats.ProportionAccumulator;
import secmc.stats.Tally;

/**
 * {@code guardzone.fig5} and {@code guardzone.fig7}: the secure-communication probability p_s
 * vs r_g with its noise-limited (14) and interference-limited (17) forms (spec section 10).
 * Fig. 5: SNR_S in {40, 50, 60} dB at lambda_S = 0.01, r_g in [0, 20] m; Fig. 7: lambda_P in
 * {0.005, 0.02} at SNR_S = 30 dB, r_g in [0, 10] m. Theory: Theorem 3, eq. (12); Monte Carlo:
 * the exact system conditioned on the typical PT being active (spec section 8).
 */
final class SecrecyFigure extends GuardZoneScenario {
    private final boolean fig5;

    private SecrecyFigure(boolean fig5) {
        super(fig5 ? "guardzone.fig5" : "guardzone.fig7", fig5 ? "Fig. 5" : "Fig. 7", fig5
                ? "Secure-communication probability p_s (with NL and IL forms) vs r_g, SNR_S in {40, 50, 60} dB"
                : "Secure-communication probability p_s (with NL and IL forms) vs r_g, lambda_P in {0.005, 0.02}");
        this.fig5 = fig5;
    }

    static SecrecyFigure fig5() {
        return new SecrecyFigure(true);
    }

    static SecrecyFigure fig7() {
        return new SecrecyFigure(false);
    }

    @Override
    public List<String> equations() {
        return List.of("(12) p_s = exp(-2 pi lambda_S int_{r_g}^inf exp(-theta r^alpha / SNR_S) L(theta r^alpha / P) r dr)",
                "(32) L = exp(-2 pi lambda_a int_{r_g}^inf v / (1 + v^alpha / (theta r^alpha)) dv)",
                "(14) p_s^NL (noise only), (17) p_s^IL (interference only); spec sections 3, 7, 8");
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.proportion("p_s", "P(every ER has SINR < theta | typical PT active), eq. (6)"),
                MetricDef.theory("p_s_nl", "", "noise-limited p_s, eq. (14)"),
                MetricDef.theory("p_s_il", "", "interference-limited p_s, eq. (17)"));
    }

    @Override
    public Plan plan(Params base) {
        if (fig5) {
            return new Plan(List.of(Curve.of("SNR_S=40dB", "snr_s_db", 40.0), Curve.of("SNR_S=50dB", "snr_s_db", 50.0),
                    Curve.of("SNR_S=60dB", "snr_s_db", 60.0)), new Axis("r_g", "m", Axis.linspace(0, 20, 21), false));
        }
        return new Plan(List.of(Curve.of("lambda_P=0.005", "lambda_P", 0.005), Curve.of("lambda_P=0.02", "lambda_P", 0.02)),
                new Axis("r_g", "m", Axis.linspace(0, 10, 11), false));
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("p_s+p_s_nl+p_s_il"), "secure-communication probability p_s", false);
    }

    @Override
    long quickRealizations() {
        return fig5 ? 1_500 : 4_000;
    }

    @Override
    void simulatePoint(GuardZoneSimulator sim, Params p, int n, Tally out) {
        ProportionAccumulator ps = (ProportionAccumulator) out.metric(0);
        for (int k = 0; k < n; k++) {
            ps.add(sim.secure());
        }
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        GuardZoneModel m = GuardZoneModel.of(point.params());
        Map<String, Double> t = new LinkedHashMap<>();
        put(t, "p_s", GuardZoneTheory.ps(m));
        put(t, "p_s_nl", GuardZoneTheory.psNoiseLimited(m));
        put(t, "p_s_il", GuardZoneTheory.psInterferenceLimited(m));
        return t;
    }
}
