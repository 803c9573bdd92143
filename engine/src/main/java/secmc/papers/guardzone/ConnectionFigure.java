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
 * {@code guardzone.fig3}: connection probability p_c vs the guard-zone radius r_g for
 * lambda_S in {0.005, 0.01, 0.02} (spec section 10). Theory: Theorem 1, eq. (10); Monte Carlo:
 * the exact system (or thinned mode), spec section 8. Also the activity probability p_a, eq. (1),
 * and the noise- and interference-limited forms (13), (16) as theory-only metrics.
 */
final class ConnectionFigure extends GuardZoneScenario {
    ConnectionFigure() {
        super("guardzone.fig3", "Fig. 3", "Connection probability p_c vs guard-zone radius r_g, lambda_S in {0.005, 0.01, 0.02}");
    }

    @Override
    public List<String> equations() {
        return List.of("(1) p_a = exp(-pi lambda_S r_g^2)",
                "(10) p_c = exp(-pi lambda_S r_g^2 - beta r_o^alpha / SNR_P - pi lambda_P p_a r_o^2 beta^(2/alpha) C(alpha))",
                "(13) p_c^NL, (16) p_c^IL; spec sections 3 and 8");
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.proportion("p_c", "P(typical PT active and SINR_PR >= beta), eq. (4)"),
                MetricDef.proportion("p_active", "P(typical PT active), eq. (1)"),
                MetricDef.theory("p_c_nl", "", "noise-limited p_c, eq. (13)"),
                MetricDef.theory("p_c_il", "", "interference-limited p_c, eq. (16)"));
    }

    @Override
    public Plan plan(Params base) {
        return new Plan(List.of(Curve.of("lambda_S=0.005", "lambda_S", 0.005), Curve.of("lambda_S=0.01", "lambda_S", 0.01),
                Curve.of("lambda_S=0.02", "lambda_S", 0.02)), new Axis("r_g", "m", Axis.linspace(0, 10, 11), false));
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("p_c", "p_active"), "probability", false);
    }

    @Override
    long quickRealizations() {
        return 6_000;
    }

    @Override
    void simulatePoint(GuardZoneSimulator sim, Params p, int n, Tally out) {
        ProportionAccumulator pc = (ProportionAccumulator) out.metric(0);
        ProportionAccumulator pa = (ProportionAccumulator) out.metric(1);
        for (int k = 0; k < n; k++) {
            int r = sim.connection();
            pc.add(r == GuardZoneSimulator.CONNECTED);
            pa.add(r != GuardZoneSimulator.INACTIVE);
        }
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        GuardZoneModel m = GuardZoneModel.of(point.params());
        Map<String, Double> t = new LinkedHashMap<>();
        put(t, "p_c", GuardZoneTheory.pc(m));
        put(t, "p_active", GuardZoneTheory.pActive(m));
        put(t, "p_c_nl", GuardZoneTheory.pcNoiseLimited(m));
        put(t, "p_c_il", GuardZoneTheory.pcInterferenceLimited(m));
        return t;
    }
}
