package secmc.papers.antijamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import secmc.scenario.Catalog;
import secmc.scenario.LocalRunner;
import secmc.scenario.Params;
import secmc.scenario.ResultRow;
import secmc.scenario.Results;
import secmc.scenario.RunSpec;
import secmc.scenario.Scenario;

/**
 * Every anti-jamming figure runs through the scenario contract (catalog, grid, LocalRunner,
 * tallies, rows) at a tiny horizon: no failed realization, metric names as the issue names
 * them, and one thread or two give the same rows.
 */
class AntiJamScenariosSmokeTest {
    @Test
    void everyFigureRunsWithoutFailuresAndDeterministically() {
        for (int f = 2; f <= 9; f++) {
            Scenario s = Catalog.get("antijam.fig" + f);
            Params base = s.defaults().with("T_theta", 120L);
            RunSpec spec = RunSpec.of(s, base, s.plan(base), 2, 11);
            List<ResultRow> rows = Results.rows(spec, new LocalRunner(2).run(spec));
            assertEquals(rows, Results.rows(spec, new LocalRunner(1).run(spec)), s.id() + " depends on threads");
            for (ResultRow r : rows) {
                assertEquals(0, r.failures(), s.id() + " " + r.curve() + " x=" + r.x() + " " + r.metric());
                assertTrue(List.of("theta", "theta_per_slot", "theta_per_slot_floor", "cumulative_value",
                        "efficiency", "convergence_slot").contains(r.metric()), r.metric());
                assertTrue(r.params().contains("\"M\":") && r.params().contains("\"N\":")
                        && r.params().contains("\"B_max\":") && r.params().contains("\"f_bar\":")
                        && r.params().contains("\"T_theta\":120"), r.params());
                if (r.metric().equals("theta") || r.metric().equals("theta_per_slot")) {
                    assertEquals(2, r.realizations());
                    assertTrue(r.estimate() >= 0, "negative drops");
                }
                if (r.metric().equals("cumulative_value")) {
                    // C goes from 0 towards -1 (values are <= 0: rewards are minus drops).
                    assertTrue(r.estimate() <= 1e-12 && r.estimate() > -2, "C = " + r.estimate());
                }
            }
        }
    }
}
