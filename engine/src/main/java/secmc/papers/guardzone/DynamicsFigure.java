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
 * {@code guardzone.fig10}: the best-response dynamics (26) from r_g^(0) = 0, lambda_S^(0) =
 * lambda_S^max, x = iteration k = 0..15 (theory; spec sections 5 and 11.5). Metrics: the
 * iterates r_g^(k), lambda_S^(k) and rho^(k) = lambda_S^(k) / lambda_S^max.
 */
final class DynamicsFigure extends GuardZoneScenario {
    DynamicsFigure() {
        super("guardzone.fig10", "Fig. 10", "Best-response dynamics (26): r_g^(k) and rho^(k) vs iteration k");
    }

    @Override
    List<ParamDef> extraParameters() {
        return List.of(ParamDef.integer("iteration", "", 15, 0, 200,
                "iteration k of (26) (the x-axis; r_g and lambda_S are the game's iterates, not inputs)"));
    }

    @Override
    public List<String> equations() {
        return List.of("(26) r_g^(k) = r_g^*(lambda_S^(k-1)), lambda_S^(k) = lambda_S^*(r_g^(k-1)); init r_g = 0, lambda_S = lambda_S^max; spec sections 5 and 11.5");
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(MetricDef.theory("r_g_star", "m", "r_g^(k)"),
                MetricDef.theory("rho_star", "", "rho^(k) = lambda_S^(k) / lambda_S^max"),
                MetricDef.theory("lambda_s_star", "1/m^2", "lambda_S^(k)"));
    }

    @Override
    public Plan plan(Params base) {
        return new Plan(List.of(Curve.of("best response (26)")), new Axis("iteration", "", Axis.linspace(0, 15, 16), false));
    }

    @Override
    public FigureStyle style() {
        return new FigureStyle(List.of("r_g_star", "rho_star"), "iterate", false);
    }

    /** Iterations computed at least, per model: the default plan's x-axis end. */
    static final int MIN_ITERATIONS = 15;

    /**
     * Memo of one trajectory per model (r_g, lambda_S zeroed): the iterates of (26) do not
     * depend on how many are requested, so every row k reads the prefix of one run instead of
     * re-running k steps (Fig. 10's 16 rows cost 120 best-response pairs otherwise, ~1 min on
     * a loaded 2-core machine). A pure-function cache: it cannot change any value. A trajectory
     * that stops early (NaN best response) has fewer iterations than requested, so later rows
     * stay empty as before.
     */
    private static final Map<GuardZoneModel, Run> CACHE =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<GuardZoneModel, Run> e) {
                    return size() > 32;
                }
            });

    /** A cached trajectory and the number of iterations it was asked for. */
    private record Run(int requested, EquilibriumResult result) {
    }

    /** The iterations of (26) up to k, from the cache (a run asked for at least k, else computed). */
    static EquilibriumResult trajectory(GuardZoneModel m, int k) {
        GuardZoneModel key = m.withRg(0).withLambdaS(0);
        Run r = CACHE.get(key);
        if (r == null || r.requested() < k) {
            int n = Math.max(k, MIN_ITERATIONS);
            r = new Run(n, new BestResponseDynamics().trajectory(key, n));
            CACHE.put(key, r);
        }
        return r.result();
    }

    @Override
    public Map<String, Double> theory(GridPoint point) {
        GuardZoneModel m = GuardZoneModel.of(point.params());
        int k = (int) point.params().integer("iteration");
        EquilibriumResult t = trajectory(m, k);
        Map<String, Double> out = new LinkedHashMap<>();
        if (t.iterations() >= k) {
            put(out, "r_g_star", t.rg()[k]);
            put(out, "rho_star", t.lambdaS()[k] / m.lambdaSMax());
            put(out, "lambda_s_star", t.lambdaS()[k]);
        }
        return out;
    }
}
