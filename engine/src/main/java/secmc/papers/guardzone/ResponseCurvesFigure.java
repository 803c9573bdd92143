package secmc.papers.guardzone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import secmc.scenario.Axis;
import secmc.scenario.Curve;
import secmc.scenario.FigureStyle;
import secmc.scenario.GridPoint;
import secmc.scenario.MetricDef;
import secmc.scenario.ParamDef;
import secmc.scenario.Params;
import secmc.scenario.Plan;

/**
 * {@code guardzone.fig9}: the two best-response curves on common axes, x = rho =
 * lambda_S / lambda_S^max and y = r_g (theory; spec section 10); their intersection is the Nash
 * equilibrium (25).
 *
 * <p>Curve {@code response=primary}: r_g^*(rho lambda_S^max), eq. (21). Curve
 * {@code response=secondary}: the secondary best response rho^*(r_g) of eq. (22) drawn on the
 * same axes, i.e. the r_g at which rho^*(r_g) = rho (rho^* decreases in r_g: spec 11.4 table).
 * At rho = 1 the secondary response is the whole segment [0, r_1] of radii whose best response
 * is lambda_S^max; the row carries r_1, its upper end. Rows also carry the NE as theory-only
 * metrics (same value on every row).
 */
final class ResponseCurvesFigure extends GuardZoneScenario {
    /** Upper end of the r_g search for the inverted secondary response (m). */
    static final double RG_SEARCH_HIGH = 40;
    /** Bisection tolerance (m). */
    static final double RG_TOL = 1e-6;

    ResponseCurvesFigure() {
        super("guardzone.fig9", "Fig. 9", "Best responses r_g^*(rho) and rho^*(r_g) on common axes; intersection = NE");
    }

    @Override
    List<ParamDef> extraParameters() {
        return List.of(ParamDef.choice("response", "primary", List.of("primary", "secondary"),
                "which best-response curve: primary r_g^*(rho) (21) or secondary rho^*(r_g) (22), drawn as r_g vs rho"),
                ParamDef.real("rho", "", 1, 0, false, 1, true,
                        "normalised ER density lambda_S / lambda_S^max (the x-axis; lambda_S itself is not used here)"));
    }

    @Override
    public List<String> equations() {
        return List.of("(21) r_g^*(lambda_S), (22) lambda_S^*(r_g), (25) NE = intersection; spec sections 5 and 11.4");
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.theory("r_g_star", "m", "r_g on the best-response curve at this rho"),
                MetricDef.theory("r_g_ne", "m", "r_g at the Nash equilibrium (26)"),
                MetricDef.theory("rho_ne", "", "rho at the Nash equilibrium (26)"));
    }

    @Override
    public Plan plan(Params base) {
        return new Plan(List.of(Curve.of("primary r_g^*(rho)", "response", "primary"),
                Curve.of("secondary rho^*(r_g)", "response", "secondary")),
                new Axis("rho", "", Axis.linspace(0.05, 1, 20), false));
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("r_g_star"), "guard-zone radius r_g (m)", false);
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        GuardZoneModel m = GuardZoneModel.of(point.params());
        double rho = point.params().real("rho");
        Map<String, Double> t = new LinkedHashMap<>();
        if (point.params().choice("response").equals("primary")) {
            put(t, "r_g_star", BestResponses.rgStar(m.withLambdaS(rho * m.lambdaSMax())));
        } else {
            put(t, "r_g_star", secondaryInverse(m, rho));
        }
        EquilibriumResult ne = equilibrium(m);
        if (ne.converged()) {
            put(t, "r_g_ne", ne.rgNe());
            put(t, "rho_ne", ne.lambdaSNe() / m.lambdaSMax());
        }
        return t;
    }

    /**
     * Memo of the NE per model (its r_g and lambda_S zeroed): every row of the figure carries
     * the same NE, and solving it costs ~0.2 s. A pure-function cache: the value depends on
     * the key only, so it cannot change any result.
     */
    private static final Map<GuardZoneModel, EquilibriumResult> NE_CACHE =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<GuardZoneModel, EquilibriumResult> e) {
                    return size() > 32;
                }
            });

    static EquilibriumResult equilibrium(GuardZoneModel m) {
        GuardZoneModel key = m.withRg(0).withLambdaS(0);
        EquilibriumResult r = NE_CACHE.get(key);
        if (r == null) {
            r = new BestResponseDynamics().solve(key);
            NE_CACHE.put(key, r);
        }
        return r;
    }

    /**
     * The r_g (m) with rho^*(r_g) = rho, by bisection on r_g in [0, 40] m assuming rho^*
     * non-increasing; for rho = 1 the largest r_g whose best response is lambda_S^max. NaN if
     * rho is outside the range of rho^* on [0, 40] m.
     */
    static double secondaryInverse(GuardZoneModel m, double rho) {
        double max = m.lambdaSMax();
        double lo = 0;
        double hi = RG_SEARCH_HIGH;
        double target = rho * max;
        // At the cap, "reaches the cap" is the predicate: the best response returns lambda_S^max exactly.
        java.util.function.DoublePredicate above = rho >= 1
                ? r -> BestResponses.lambdaSStar(m.withRg(r)) >= max
                : r -> BestResponses.lambdaSStar(m.withRg(r)) >= target;
        if (!above.test(lo) || above.test(hi)) {
            return Double.NaN;
        }
        while (hi - lo > RG_TOL) {
            double mid = 0.5 * (lo + hi);
            if (above.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
