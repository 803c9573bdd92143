package secmc.papers.guardzone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values of spec guard-zones.md section 11.4 (theory at the PROPOSED default set).
 * The spec's values were produced by an independent implementation of the same formulas (its
 * own quadrature), printed to 10-11 significant digits; REL = 1e-8 leaves room for the last
 * printed digit only.
 */
class GuardZoneTheoryTest {
    /** Relative tolerance against the spec's 10-digit values. */
    private static final double REL = 1e-8;
    /** General-alpha path vs alpha = 4 closed forms (issue 3: 1e-10). */
    private static final double PATH_REL = 1e-10;

    private static final GuardZoneModel D = GuardZoneModel.defaults();

    private static GuardZoneModel at(double rg, double lambdaS) {
        return D.withRg(rg).withLambdaS(lambdaS);
    }

    private static void rel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what);
    }

    @Test
    void kappaAndConnection() {
        rel(0.19739208802, GuardZoneTheory.kappa(D), REL, "kappa");
        rel(0.8078393310, GuardZoneTheory.pc(at(0, 0.01)), REL, "p_c(0, 0.01)");
        rel(0.6392111995, GuardZoneTheory.pc(at(3, 0.01)), REL, "p_c(3, 0.01)");
        rel(0.1004088818, GuardZoneTheory.pc(at(6, 0.02)), REL, "p_c(6, 0.02)");
        assertEquals(0, GuardZoneTheory.rgMax(D), "kappa < 1: r_g^max = 0");
    }

    @Test
    void secrecy() {
        double[][] cases = {
            // r_g, lambda_S, p_s, NL, IL
            {0, 0.01, 0.6461636479, 0.4146046094, 0.5290778083},
            {3, 0.01, 0.7203391989, 0.5459986876, 0.4774665157},
            {6, 0.01, 0.9392227150, 0.9097710907, 0.2105906138},
        };
        for (double[] c : cases) {
            GuardZoneModel m = at(c[0], c[1]);
            rel(c[2], GuardZoneTheory.ps(m), REL, "p_s " + c[0]);
            rel(c[3], GuardZoneTheory.psNoiseLimited(m), REL, "p_s^NL " + c[0]);
            rel(c[4], GuardZoneTheory.psInterferenceLimited(m), REL, "p_s^IL " + c[0]);
        }
        GuardZoneModel m = at(6, 0.02);
        rel(0.8475568498, GuardZoneTheory.ps(m), REL, "p_s(6, 0.02)");
        rel(0.8276834374, GuardZoneTheory.psNoiseLimited(m), REL, "NL(6, 0.02)");
        // The spec prints this one to 6 digits only.
        rel(1.13955e-5, GuardZoneTheory.psInterferenceLimited(m), 1e-5, "IL(6, 0.02)");
        // Corollary 3 special case at r_g = 0 equals the integral form.
        rel(GuardZoneTheory.psInterferenceLimited(at(0, 0.01)), GuardZoneTheory.psInterferenceLimitedNoGuard(at(0, 0.01)),
                1e-12, "IL closed form at r_g = 0");
    }

    @Test
    void harvesting() {
        rel(7.8575520388e-3, GuardZoneTheory.lambdaPs(at(0, 0.01)), REL, "lambda_ps(0.01, 0)");
        rel(7.8575520388e-3, GuardZoneTheory.lambdaPsLowerBound(at(0, 0.01)), REL, "LB(0.01, 0)");
        rel(3.7159052394e-3, GuardZoneTheory.lambdaPs(at(5, 0.01)), REL, "lambda_ps(0.01, 5)");
        rel(2.5944757326e-3, GuardZoneTheory.lambdaPsLowerBound(at(5, 0.01)), REL, "LB(0.01, 5)");
        rel(1.3971882415e-4, GuardZoneTheory.lambdaPs(at(8, 0.02)), REL, "lambda_ps(0.02, 8)");
        rel(7.8955668629e-5, GuardZoneTheory.lambdaPsLowerBound(at(8, 0.02)), REL, "LB(0.02, 8)");
    }

    @Test
    void guardZoneSelection() {
        // Spec prints r_g^* to 1e-6 m (bisection tolerance 1e-6 m): allow 2e-6 m.
        assertEquals(6.191002, BestResponses.rgStar(at(0, 0.01)), 2e-6, "r_g^*(0.01)");
        assertEquals(6.507330, GuardZoneTheory.rgStarNoiseLimited(at(0, 0.01)), 2e-6, "r_g^*NL(0.01)");
        // lambda_S^*(6): spec prints 7 digits.
        assertEquals(0.01129066, BestResponses.lambdaSStar(at(6, 0.01)), 1e-8, "lambda_S^*(6)");
        assertEquals(0.442, GuardZoneTheory.lambdaSStarLowerBound(at(6, 0.01)) / D.lambdaSMax(), 1e-3, "LB rho");
    }

    @Test
    void generalAlphaPathMatchesClosedForms() {
        double[][] points = {{0, 0.01}, {3, 0.01}, {6, 0.02}, {12, 0.005}, {0.5, 0.001}};
        for (double[] p : points) {
            GuardZoneModel m = at(p[0], p[1]);
            for (double snr : new double[] {1e3, 1e5}) {
                GuardZoneModel q = m.withSnrS(snr);
                rel(GuardZoneTheory.ps(q, true), GuardZoneTheory.ps(q, false), PATH_REL, "p_s " + p[0] + " " + snr);
                rel(GuardZoneTheory.psNoiseLimited(q, true), GuardZoneTheory.psNoiseLimited(q, false), PATH_REL,
                        "NL " + p[0] + " " + snr);
                rel(GuardZoneTheory.psInterferenceLimited(q, true), GuardZoneTheory.psInterferenceLimited(q, false),
                        PATH_REL, "IL " + p[0]);
                rel(GuardZoneTheory.rgStarNoiseLimited(q, true), GuardZoneTheory.rgStarNoiseLimited(q, false),
                        PATH_REL, "r_g^*NL " + p[1] + " " + snr);
            }
            rel(GuardZoneTheory.lambdaPs(m, true), GuardZoneTheory.lambdaPs(m, false), PATH_REL, "lambda_ps " + p[0]);
            rel(GuardZoneTheory.lambdaPsLowerBound(m, true), GuardZoneTheory.lambdaPsLowerBound(m, false), PATH_REL,
                    "LB " + p[0]);
            for (double r : new double[] {0.3, 2, 5, 8, 15, 40}) {
                rel(GuardZoneTheory.laplace(m, r, true), GuardZoneTheory.laplace(m, r, false), PATH_REL,
                        "L r=" + r + " rg=" + p[0]);
            }
        }
    }

    @Test
    void perErLaplaceValues() {
        // Spec 11.2 component check: lambda_a = 0.004, r_g = 5, SNR = 50 dB; success prob
        // exp(-theta r^4 / SNR) L at r = 4, 8, 15 printed to 4 digits.
        GuardZoneModel m = D.withRg(5).withSnrS(1e5);
        double lambdaS = -Math.log(0.004 / 0.01) / (Math.PI * 25); // lambda_a = 0.004
        m = m.withLambdaS(lambdaS);
        double[][] v = {{4, 0.8896}, {8, 0.3661}, {15, 0.0097}};
        for (double[] e : v) {
            double got = Math.exp(-Math.pow(e[0], 4) / 1e5) * GuardZoneTheory.laplace(m, e[0], true);
            assertEquals(e[1], got, 5e-5, "r = " + e[0]);
        }
    }

    @Test
    void corollaryOneAndTheoremTwo() {
        GuardZoneModel big = D.withRo(6); // kappa = 9 * 0.197 > 1
        double k = GuardZoneTheory.kappa(big);
        assertTrue(k > 1);
        double rMax = GuardZoneTheory.rgMax(big);
        assertEquals(Math.sqrt(Math.log(k) / (Math.PI * 0.01)), rMax, 1e-12);
        double bound = GuardZoneTheory.pcUpperBound(big);
        rel(bound, GuardZoneTheory.pc(big.withRg(rMax)), 1e-12, "bound attained at r_g^max");
        for (double r = 0; r < 15; r += 0.37) {
            assertTrue(GuardZoneTheory.pc(big.withRg(r)) <= bound * (1 + 1e-14), "p_c <= bound at " + r);
        }
        rel(Math.exp(-GuardZoneTheory.noiseExponentP(D) - GuardZoneTheory.kappa(D)), GuardZoneTheory.pcUpperBound(D),
                1e-14, "kappa <= 1 bound");
    }

    @Test
    void rejectsBadModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GuardZoneModel(0.01, 0.01, -1, 2, 4, 1, 1, 1e3, 1e3, 0.5, 1e-4, 0.95, 0.02));
        assertTrue(e.getMessage().contains("rg"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new GuardZoneModel(0.01, 0.01, 0, 2, 2, 1, 1, 1e3, 1e3, 0.5, 1e-4, 0.95, 0.02));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }
}
