package secmc.papers.antijamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Boltzmann-Gibbs strategy (seed (11), spec §5.5) in log space. */
class BoltzmannGibbsTest {
    @Test
    void matchesTheDirectFormulaWhereItIsRepresentable() {
        double[] q = {0.2, 0.5, 0.3};
        double[] u = {0.01, -0.02, 0.05};
        double eps = 0.1;
        double[] out = new double[3];
        BoltzmannGibbs.sigma(q, u, eps, out, 3);
        double z = 0;
        for (int c = 0; c < 3; c++) {
            z += q[c] * Math.exp(u[c] / eps);
        }
        for (int c = 0; c < 3; c++) {
            // Same terms, rearranged: a few ulps.
            assertEquals(q[c] * Math.exp(u[c] / eps) / z, out[c], 1e-15);
        }
    }

    /** Payoff/temperature ratios of 1e5 overflow exp() directly (e^709 is the largest double). */
    @Test
    void noOverflowForLargePayoffOverTemperature() {
        double[] q = {0.5, 0.25, 0.25, 0};
        double[] u = {1000, 1001, -1000, 5000};
        double[] out = new double[4];
        BoltzmannGibbs.sigma(q, u, 0.01, out, 4);
        // exp(100000) and exp(100100) overflow; in log space choice 1 wins with weight 1 - e^-100.
        assertEquals(0, out[0], 1e-40);
        assertEquals(1, out[1], 1e-15);
        assertEquals(0, out[2], 0);
        assertEquals(0, out[3], 0, "q = 0 stays 0 whatever its payoff");
        // Tiny temperature with equal payoffs keeps q: sigma = q.
        BoltzmannGibbs.sigma(new double[] {0.6, 0.4}, new double[] {3, 3}, 1e-300, out, 2);
        assertEquals(0.6, out[0], 1e-15);
        assertEquals(0.4, out[1], 1e-15);
        for (double x : out) {
            assertTrue(Double.isFinite(x));
        }
    }

    @Test
    void rejectsAllZeroStrategy() {
        assertThrows(IllegalArgumentException.class,
                () -> BoltzmannGibbs.sigma(new double[] {0, 0}, new double[] {1, 2}, 0.1, new double[2], 2));
    }
}
