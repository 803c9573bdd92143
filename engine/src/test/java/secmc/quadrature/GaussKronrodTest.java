package secmc.quadrature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.numbers.gamma.Gamma;
import org.junit.jupiter.api.Test;

/** Adaptive Gauss-Kronrod on integrals with known values. */
class GaussKronrodTest {
    private static final GaussKronrod GK = new GaussKronrod();
    /** Requested 1e-12 relative; the estimate is conservative, so 1e-12 must hold for the true error. */
    private static final double REL = 1e-12;

    private static void check(double expected, GaussKronrodResult r, String what) {
        assertTrue(r.converged(), what + " converged");
        assertEquals(expected, r.value(), REL * Math.abs(expected), what);
        // The error estimate must cover the true error.
        assertTrue(Math.abs(r.value() - expected) <= r.errorEstimate() + 1e-15 * Math.abs(expected), what + " estimate");
    }

    @Test
    void exactForPolynomialsInOneRule() {
        // K15 integrates degree <= 22 exactly: one rule, no subdivision.
        GaussKronrodResult r = GK.integrate(x -> Math.pow(x, 20) - 3 * x * x + 1, -1, 2);
        double exact = (Math.pow(2, 21) + 1) / 21 - (8 + 1) + 3;
        assertEquals(exact, r.value(), 1e-13 * exact);
    }

    @Test
    void smoothFiniteIntegrals() {
        check(Math.E - 1, GK.integrate(Math::exp, 0, 1), "exp");
        check(2, GK.integrate(Math::sin, 0, Math.PI), "sin");
        check(-2, GK.integrate(Math::sin, Math.PI, 0), "reversed");
        check(Math.PI / 4, GK.integrate(x -> 1 / (1 + x * x), 0, 1), "atan");
        // Peaked integrand: needs adaptivity.
        check(2 * Math.atan(100), GK.integrate(x -> 100 / (1 + 1e4 * x * x), -1, 1), "Runge peak");
        // Integrable endpoint singularity: int_0^1 x^-1/2 = 2 (converges slowly but surely).
        GaussKronrodResult s = new GaussKronrod(1e-10, 0, 5000).integrate(x -> 1 / Math.sqrt(x), 0, 1);
        assertEquals(2, s.value(), 1e-9);
        assertEquals(0, GK.integrate(Math::exp, 1, 1).value());
    }

    @Test
    void infiniteRanges() {
        check(1, GK.integrateToInfinity(x -> Math.exp(-x), 0, 1), "exp tail");
        check(Math.exp(-3), GK.integrateToInfinity(x -> Math.exp(-x), 3, 1), "shifted exp tail");
        check(Math.PI / 2, GK.integrateToInfinity(x -> 1 / (1 + x * x), 0, 1), "Cauchy half");
        check(Math.sqrt(Math.PI), GK.integrateWholeLine(x -> Math.exp(-x * x), 1), "Gauss");
        // Gamma(2.5) = int_0^inf x^1.5 e^-x dx.
        check(Gamma.value(2.5), GK.integrateToInfinity(x -> Math.pow(x, 1.5) * Math.exp(-x), 0, 2), "Gamma(2.5)");
        // Wide scale mismatch still converges.
        check(1e-3, GK.integrateToInfinity(x -> 1e-6 * Math.exp(-1e-3 * x), 0, 1), "long tail");
    }

    @Test
    void reportsNonConvergence() {
        GaussKronrodResult r = new GaussKronrod(1e-14, 0, 3).integrate(x -> Math.sin(1 / (x + 1e-3)), 0, 1);
        assertFalse(r.converged());
        assertTrue(r.intervals() <= 3);
    }

    @Test
    void rejectsBadArguments() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GaussKronrod(-1, 0, 10)).getMessage()
                .contains("relTol"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GaussKronrod(0, 0, 10)).getMessage()
                .contains("relTol or absTol"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GK.integrate(x -> x, 0, Double.NaN))
                .getMessage().contains("bounds"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GK.integrateToInfinity(x -> x, 0, 0))
                .getMessage().contains("scale"));
    }

    /**
     * {@link RayleighPppLaplace#outside} (alternating series / Gauss-Legendre) against a direct
     * Gauss-Kronrod evaluation of \( 2\pi\int_R^\infty r/(1 + r^\alpha/s) dr \), and against the
     * alpha = 4 closed form \( \pi\sqrt{s}(\pi/2 - \arctan(R^2/\sqrt{s})) \). The reference uses
     * the power map r = R w^(-2/(alpha-2)), which turns the algebraic tail s r^(1-alpha) into a
     * smooth integrand on [0, 1] (the rational map t/(1-t) would leave a w^(-1/2)-type endpoint
     * singularity for alpha < 3). Tolerance 1e-11: the reference is requested to 1e-13.
     */
    @Test
    void rayleighPppLaplaceOutsideIsAccurate() {
        GaussKronrod gk = new GaussKronrod(1e-13, 0, 4000);
        for (double alpha : new double[] {2.5, 3, 3.5, 4, 5}) {
            for (double s : new double[] {1e-3, 1, 16, 1e4, 1e7}) {
                for (double radius : new double[] {0.1, 1, 5, 30}) {
                    double a = alpha;
                    double k = 2 / (alpha - 2);
                    GaussKronrodResult r = gk.integrate(w -> {
                        double x = radius * Math.pow(w, -k);
                        double v = x / (1 + Math.pow(x, a) / s);
                        return v == 0 ? 0 : v * k * radius * Math.pow(w, -k - 1);
                    }, 0, 1);
                    assertTrue(r.converged(), "reference converged");
                    double direct = 2 * Math.PI * r.value();
                    double lib = RayleighPppLaplace.outside(alpha, s, radius);
                    assertEquals(direct, lib, 1e-11 * direct, "alpha=" + alpha + " s=" + s + " R=" + radius);
                    if (alpha == 4) {
                        double closed = Math.PI * Math.sqrt(s) * Math.atan2(Math.sqrt(s), radius * radius);
                        assertEquals(closed, lib, 1e-12 * closed, "closed s=" + s + " R=" + radius);
                    }
                }
            }
        }
    }
}
