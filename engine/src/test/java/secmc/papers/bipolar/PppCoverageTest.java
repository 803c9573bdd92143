package secmc.papers.bipolar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * ppp.coverage against its closed form (Haenggi 2012, Thm. 5.7).
 *
 * <p>Statistical tolerance: |estimate - theory| <= 4 standard errors at every point. For one
 * point the two-sided false-failure probability is 6.3e-5; by the union bound over the 62 points
 * of a figure it is at most 3.9e-3 per test (the seed is fixed, so the outcome is deterministic).
 */
class PppCoverageTest {
    private static final double K = 4;
    private final Scenario s = Catalog.get("ppp.coverage");

    private List<ResultRow> run(Params base, long n, long seed) {
        RunSpec spec = RunSpec.of(s, base, s.plan(base), n, seed);
        return Results.rows(spec, new LocalRunner(2).run(spec));
    }

    private static void assertWithinK(List<ResultRow> rows) {
        for (ResultRow r : rows) {
            double gap = Math.abs(r.estimate() - r.theory());
            assertTrue(gap <= K * r.stdError() + 1e-12,
                    r.curve() + " beta_db=" + r.x() + ": estimate " + r.estimate() + " theory " + r.theory()
                            + " gap/stderr " + gap / r.stdError());
        }
    }

    @Test
    void plainEstimatorMatchesTheClosedFormAtAMillionRealizations() {
        List<ResultRow> rows = run(s.defaults(), 1_000_000, 2026);
        assertEquals(62, rows.size());
        rows.forEach(r -> assertEquals(1_000_000, r.realizations()));
        assertWithinK(rows);
    }

    @Test
    void conditionalEstimatorMatchesAndReducesVariance() {
        Params cond = s.defaults().withText("estimator", "conditional");
        List<ResultRow> c = run(cond, 100_000, 7);
        List<ResultRow> p = run(s.defaults(), 100_000, 7);
        assertWithinK(c);
        assertWithinK(p);
        double logRatio = 0;
        for (int i = 0; i < c.size(); i++) {
            logRatio += Math.log(Math.pow(p.get(i).stdError() / c.get(i).stdError(), 2));
        }
        double geoMeanRatio = Math.exp(logRatio / c.size());
        // Rao-Blackwellisation cannot increase variance; here it removes all fading noise.
        assertTrue(geoMeanRatio > 2, "variance ratio plain/conditional " + geoMeanRatio);
        System.out.printf("ppp.coverage variance ratio plain/conditional (geometric mean over 62 points): %.1f%n", geoMeanRatio);
    }

    @Test
    void finiteDiskModelMatchesItsOwnTheory() {
        // radius 100 m with r_o = 20 m truncates heavily (alpha = 3 loses ~10 % coverage at 10 dB);
        // far_field=none must then agree with the finite-disk formula, not the plane's.
        Params p = s.defaults().withText("far_field", "none").withText("radius", "100");
        List<ResultRow> rows = run(p, 200_000, 3);
        assertWithinK(rows);
        Params plane = s.defaults().withText("radius", "100");
        List<ResultRow> exact = run(plane, 200_000, 3);
        assertWithinK(exact);
        ResultRow a3at10 = rows.stream().filter(r -> r.curve().equals("alpha=3") && r.x() == 10).findFirst().orElseThrow();
        ResultRow e3at10 = exact.stream().filter(r -> r.curve().equals("alpha=3") && r.x() == 10).findFirst().orElseThrow();
        assertTrue(a3at10.theory() > e3at10.theory() + 10 * a3at10.stdError(), "truncation visible");
    }

    @Test
    void crossParameterRulesAreChecked() {
        Params p = s.defaults().withText("radius", "10");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunSpec.of(s, p, s.plan(p), 10, 1));
        assertTrue(e.getMessage().startsWith("parameter radius must be > r_o"), e.getMessage());
        Params q = s.defaults().withText("lambda", "10").withText("radius", "1e5");
        e = assertThrows(IllegalArgumentException.class, () -> RunSpec.of(s, q, s.plan(q), 10, 1));
        assertTrue(e.getMessage().contains("lambda * pi * radius^2 must be <="), e.getMessage());
    }
}
