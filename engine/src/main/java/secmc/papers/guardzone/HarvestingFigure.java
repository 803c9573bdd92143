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
import secmc.stats.Tally;

/**
 * {@code guardzone.fig8}: density of successfully powered ERs lambda_ps vs lambda_S for
 * r_g in {2, 4, 6, 8} m, with the lower bound (19) (spec section 10). Theory: Theorem 4,
 * eq. (18); Monte Carlo: Palm version with a typical ER at the origin (spec section 8), each
 * realization contributing lambda_S 1(powered). Theory-only metrics along each curve: the
 * secondary best response lambda_S^*(r_g) of (22), rho^* = lambda_S^* / lambda_S^max, and
 * the bound's maximiser (20).
 */
final class HarvestingFigure extends GuardZoneScenario {
    HarvestingFigure() {
        super("guardzone.fig8", "Fig. 8", "Density of powered ERs lambda_ps vs lambda_S, r_g in {2, 4, 6, 8} m");
    }

    @Override
    public List<String> equations() {
        return List.of("(18) lambda_ps = lambda_S int_{r_g}^inf exp(-E_min r^alpha / (eta P)) 2 pi lambda_a r exp(-pi lambda_a (r^2 - r_g^2)) dr",
                "(19) lower bound: lambda_a -> lambda_P in the contact-distance factor; (20) lambda_S^LB = min(1/(pi r_g^2), lambda_S^max)",
                "(22) lambda_S^*(r_g) = argmax lambda_ps; spec sections 4, 5, 8");
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.mean("lambda_ps", "1/m^2", "density of successfully powered ERs, eq. (9)"),
                MetricDef.theory("lambda_ps_lb", "1/m^2", "lower bound (19)"),
                MetricDef.theory("lambda_s_star", "1/m^2", "secondary best response lambda_S^*(r_g), eq. (22)"),
                MetricDef.theory("rho_star", "", "lambda_S^*(r_g) / lambda_S^max"),
                MetricDef.theory("lambda_s_star_lb", "1/m^2", "maximiser of the bound, eq. (20)"));
    }

    @Override
    public Plan plan(Params base) {
        return new Plan(List.of(Curve.of("r_g=2", "r_g", 2.0), Curve.of("r_g=4", "r_g", 4.0), Curve.of("r_g=6", "r_g", 6.0),
                Curve.of("r_g=8", "r_g", 8.0)), new Axis("lambda_S", "1/m^2", Axis.linspace(0.001, 0.02, 20), false));
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("lambda_ps+lambda_ps_lb"), "density of powered ERs lambda_ps (1/m^2)", false);
    }

    @Override
    long quickRealizations() {
        return 10_000;
    }

    @Override
    void simulatePoint(GuardZoneSimulator sim, Params p, int n, Tally out) {
        double ls = p.real("lambda_S");
        for (int k = 0; k < n; k++) {
            out.metric(0).accept(sim.harvested() ? ls : 0.0);
        }
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        GuardZoneModel m = GuardZoneModel.of(point.params());
        Map<String, Double> t = new LinkedHashMap<>();
        put(t, "lambda_ps", GuardZoneTheory.lambdaPs(m));
        put(t, "lambda_ps_lb", GuardZoneTheory.lambdaPsLowerBound(m));
        double star = BestResponses.lambdaSStar(m);
        put(t, "lambda_s_star", star);
        put(t, "rho_star", star / m.lambdaSMax());
        put(t, "lambda_s_star_lb", GuardZoneTheory.lambdaSStarLowerBound(m));
        return t;
    }
}
