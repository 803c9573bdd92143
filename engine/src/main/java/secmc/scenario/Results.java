package secmc.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import secmc.stats.Estimate;
import secmc.stats.Tally;

/**
 * Turns merged tallies into dataset rows: for every grid point and metric, the simulated
 * estimate with its interval (if any) beside the theory value (if any).
 */
public final class Results {
    private Results() {
    }

    /** Rows in grid order, then metric order. Rows with neither estimate nor theory are left out. */
    public static List<ResultRow> rows(RunSpec spec, Tally[] merged) {
        return rows(spec, merged, null);
    }

    /**
     * Rows as {@link #rows(RunSpec, Tally[])}, with {@code targetMet[point]} (null: no target)
     * in the simulated rows of each point.
     */
    public static List<ResultRow> rows(RunSpec spec, Tally[] merged, boolean[] targetMet) {
        Scenario scenario = spec.scenario();
        List<MetricDef> metrics = scenario.metrics();
        List<ResultRow> rows = new ArrayList<>();
        String version = EngineVersion.get();
        for (GridPoint p : spec.grid().points()) {
            Tally t = merged[p.index()];
            Map<String, Double> theory = scenario.theory(p);
            String json = p.params().toJson();
            int sim = 0;
            for (MetricDef m : metrics) {
                Double est = null;
                Double se = null;
                Double lo = null;
                Double hi = null;
                long n = 0;
                if (m.simulated()) {
                    Estimate e = t.metric(sim++).estimate();
                    n = e.count();
                    est = finite(e.value());
                    se = finite(e.stdError());
                    lo = finite(e.ciLow());
                    hi = finite(e.ciHigh());
                }
                Double th = theory.containsKey(m.name()) ? finite(theory.get(m.name())) : null;
                if (est == null && th == null) {
                    continue;
                }
                rows.add(new ResultRow(spec.scenarioId(), p.curve(), p.xName(), p.x(), m.name(), est, se, lo, hi,
                        m.simulated() ? t.realizations() : 0, t.failures(), th, json, spec.seed(), version,
                        targetMet != null && m.simulated() ? Boolean.valueOf(targetMet[p.index()]) : null));
            }
        }
        return rows;
    }

    private static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
