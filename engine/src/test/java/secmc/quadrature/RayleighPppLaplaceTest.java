package secmc.quadrature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RayleighPppLaplaceTest {
    @Test
    void planeConstantMatchesTheSineForm() {
        // Gamma(1+d)Gamma(1-d) = pi d / sin(pi d), d = 2/alpha (reflection formula).
        for (double alpha : new double[] {2.5, 3, 3.7, 4, 6}) {
            double d = 2 / alpha;
            assertEquals(Math.PI * d / Math.sin(Math.PI * d), RayleighPppLaplace.planeConstant(alpha), 1e-13);
        }
        assertEquals(Math.PI / 2, RayleighPppLaplace.planeConstant(4), 1e-15);
    }

    /** Inside + outside = whole plane, on both branches of {@code outside} (series and difference). */
    @ParameterizedTest
    @CsvSource({"3, 1e3, 100", "4, 1e4, 3", "4, 16, 2", "3, 8, 2.5", "2.5, 50, 7", "5, 1, 0.9"})
    void insidePlusOutsideIsThePlane(double alpha, double s, double radius) {
        double plane = RayleighPppLaplace.plane(alpha, s);
        double sum = RayleighPppLaplace.inside(alpha, s, radius) + RayleighPppLaplace.outside(alpha, s, radius);
        assertEquals(plane, sum, 1e-11 * plane);
    }

    /** The series branch against independent quadrature of the outside integral on t = R / r in (0, 1]. */
    @ParameterizedTest
    @CsvSource({"3, 1e3, 100", "4, 1e4, 20", "3.5, 2, 5", "4, 0.5, 1"})
    void outsideSeriesMatchesQuadrature(double alpha, double s, double radius) {
        // r = R/t, dr = R/t^2 dt: int_R^inf 2 pi r/(1 + r^a/s) dr = 2 pi R^2 int_0^1 t^(a-3) / (t^a + R^a/s) dt
        double c = Math.pow(radius, alpha) / s;
        IterativeLegendreGaussIntegrator q = new IterativeLegendreGaussIntegrator(32, 1e-14, 1e-300);
        double ref = 2 * Math.PI * radius * radius
                * q.integrate(Integer.MAX_VALUE, t -> Math.pow(t, alpha - 3) / (Math.pow(t, alpha) + c), 0, 1);
        assertEquals(ref, RayleighPppLaplace.outside(alpha, s, radius), 1e-10 * ref);
    }

    @Test
    void alphaFourHasAnArctanClosedForm() {
        // alpha = 4: int_0^R 2 pi r/(1 + r^4/s) dr = pi sqrt(s) atan(R^2 / sqrt(s)).
        double s = 7;
        double radius = 1.3;
        assertEquals(Math.PI * Math.sqrt(s) * Math.atan(radius * radius / Math.sqrt(s)),
                RayleighPppLaplace.inside(4, s, radius), 1e-13);
        assertEquals(Math.PI * Math.sqrt(s) * (Math.PI / 2 - Math.atan(radius * radius / Math.sqrt(s))),
                RayleighPppLaplace.outside(4, s, radius), 1e-12);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> RayleighPppLaplace.plane(2, 1));
        assertThrows(IllegalArgumentException.class, () -> RayleighPppLaplace.plane(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> RayleighPppLaplace.outside(3, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> RayleighPppLaplace.outside(3, 1, 0));
        assertEquals(0, RayleighPppLaplace.outside(3, 0, 1));
    }

    /**
     * Task threads call the quadrature at the same time (far-field factors, theory columns): each
     * thread must get exactly its own single-threaded value. Four threads x 2000 calls on 40
     * different integrands; a shared integrator (which keeps the integrand in a field) failed this.
     */
    @Test
    void insideIsThreadSafe() throws Exception {
        double[] alphas = {2.5, 3, 3.5, 4, 5};
        double[] ss = {1e2, 1e4, 1e6, 1e8, 3e3, 7e5, 2e7, 9e1};
        double[] expected = new double[alphas.length * ss.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = RayleighPppLaplace.inside(alphas[i % alphas.length], ss[i / alphas.length], 20);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int n = 0; n < 2000; n++) {
                        int i = (n * 7 + offset * 13) % expected.length;
                        double v = RayleighPppLaplace.inside(alphas[i % alphas.length], ss[i / alphas.length], 20);
                        wrong += Double.doubleToLongBits(v) == Double.doubleToLongBits(expected[i]) ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : futures) {
                assertEquals(0, f.get(), "calls whose value differs from the single-threaded one");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
