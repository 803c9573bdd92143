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

/**
 * {@code guardzone.fig4} and {@code guardzone.fig6}: the constrained guard-zone radius r_g^*
 * of Definition 3 / eq. (21) vs lambda_S (theory; spec section 10). Fig. 4: theta in
 * {-5, 0, 5} dB on a log lambda_S grid 1e-4..2e-2; Fig. 6: lambda_P in {0.005, 0.01, 0.02} on
 * lambda_S in [0.002, 0.02]. Extra theory metrics: the noise-limited radius (15) and p_c, p_s
 * at r_g^*. Points where no r_g in [0, 20] m meets p_s >= epsilon have no r_g_star value.
 */
final class SelectionFigure extends GuardZoneScenario {
    private final boolean fig4;

    private SelectionFigure(boolean fig4) {
        super(fig4 ? "guardzone.fig4" : "guardzone.fig6", fig4 ? "Fig. 4" : "Fig. 6", fig4
                ? "Guard-zone radius r_g^* vs lambda_S, theta in {-5, 0, 5} dB"
                : "Guard-zone radius r_g^* vs lambda_S, lambda_P in {0.005, 0.01, 0.02}");
        this.fig4 = fig4;
    }

    static SelectionFigure fig4() {
        return new SelectionFigure(true);
    }

    static SelectionFigure fig6() {
        return new SelectionFigure(false);
    }

    @Override
    public List<String> equations() {
        return List.of("(7)/(21) r_g^* = argmax_{r_g} p_c(r_g) 1(p_s(r_g) >= epsilon); kappa <= 1: smallest feasible r_g",
                "(15) r_g^{*,NL} from the noise-limited p_s^NL; spec sections 3 and 5");
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.theory("r_g_star", "m", "constrained optimal guard-zone radius, eq. (21)"),
                MetricDef.theory("r_g_star_nl", "m", "noise-limited radius, eq. (15)"),
                MetricDef.theory("p_c", "", "p_c at r_g^*, eq. (10)"),
                MetricDef.theory("p_s", "", "p_s at r_g^*, eq. (12)"));
    }

    @Override
    public Plan plan(Params base) {
        if (fig4) {
            return new Plan(List.of(Curve.of("theta=-5dB", "theta_db", -5.0), Curve.of("theta=0dB", "theta_db", 0.0),
                    Curve.of("theta=5dB", "theta_db", 5.0)), new Axis("lambda_S", "1/m^2", Axis.logspace(1e-4, 2e-2, 31), true));
        }
        return new Plan(List.of(Curve.of("lambda_P=0.005", "lambda_P", 0.005), Curve.of("lambda_P=0.01", "lambda_P", 0.01),
                Curve.of("lambda_P=0.02", "lambda_P", 0.02)), new Axis("lambda_S", "1/m^2", Axis.linspace(0.002, 0.02, 10), false));
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("r_g_star+r_g_star_nl"), "guard-zone radius r_g^* (m); dashed: noise-limited (15)", false);
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        GuardZoneModel m = GuardZoneModel.of(point.params());
        Map<String, Double> t = new LinkedHashMap<>();
        double r = BestResponses.rgStar(m);
        put(t, "r_g_star", r);
        put(t, "r_g_star_nl", GuardZoneTheory.rgStarNoiseLimited(m));
        if (Double.isFinite(r)) {
            put(t, "p_c", GuardZoneTheory.pc(m.withRg(r)));
            put(t, "p_s", GuardZoneTheory.ps(m.withRg(r)));
        }
        return t;
    }
}
