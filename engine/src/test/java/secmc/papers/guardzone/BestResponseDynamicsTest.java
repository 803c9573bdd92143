package secmc.papers.guardzone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Best-response dynamics (26) against spec section 11.5 and the NE of section 11.4. */
class BestResponseDynamicsTest {
    /**
     * The spec prints the trajectory to 3 decimals. Its r_g entries all agree to half a unit
     * of the last digit; two of its rho entries (k = 8 and 10: 0.531, 0.515) differ from ours
     * (0.53046, 0.51446) by 5.4e-4 and 5.5e-4, i.e. the spec's independent numerics agree to
     * about 1e-3 there. Tolerance: one unit of the last printed digit.
     */
    private static final double PRINTED = 1e-3;

    @Test
    void trajectoryMatchesSpec() {
        double[] rg = {6.938, 6.938, 5.929, 5.929, 6.380, 6.380, 6.179, 6.179, 6.269, 6.269, 6.229, 6.229, 6.247};
        double[] rho = {1.000, 0.415, 0.415, 0.579, 0.579, 0.496, 0.496, 0.531, 0.531, 0.515, 0.515, 0.522, 0.522};
        GuardZoneModel m = GuardZoneModel.defaults();
        EquilibriumResult t = new BestResponseDynamics().trajectory(m, 13);
        assertEquals(13, t.iterations());
        assertEquals(0, t.rg()[0]);
        assertEquals(m.lambdaSMax(), t.lambdaS()[0]);
        for (int k = 1; k <= 13; k++) {
            assertEquals(rg[k - 1], t.rg()[k], PRINTED, "r_g^(" + k + ")");
            assertEquals(rho[k - 1], t.lambdaS()[k] / m.lambdaSMax(), PRINTED, "rho^(" + k + ")");
        }
    }

    @Test
    void convergesToTheNashEquilibrium() {
        GuardZoneModel m = GuardZoneModel.defaults();
        EquilibriumResult ne = new BestResponseDynamics().solve(m);
        assertTrue(ne.converged());
        // Spec 11.4: NE r_g = 6.24146 m, lambda_S = 0.0103865. The iteration stops once a step
        // moves r_g by <= 1e-4 m and lambda_S by <= 1e-4 lambda_S^max = 2e-6; the damped
        // oscillation (ratio ~0.45 per two steps) then leaves the last iterate within a few
        // such steps of the limit: allow 5e-4 m and 2e-6 (one lambda tolerance).
        assertEquals(6.24146, ne.rgNe(), 5e-4, "r_g^NE");
        assertEquals(0.0103865, ne.lambdaSNe(), 2e-6, "lambda_S^NE");
        // Spec 11.5: within 1 % / 0.02 m from k = 11 ("less than 13 iterations" in the paper).
        assertEquals(11, ne.settledIteration());
        // Best-response gaps: the tolerances of the stopping rule, scaled by the contraction
        // (about 0.5 per step in the trajectory above), bound them.
        assertTrue(ne.rgGap() < 1e-3, "r_g gap " + ne.rgGap());
        assertTrue(ne.lambdaGap() < 1e-3 * m.lambdaSMax(), "lambda gap " + ne.lambdaGap());
        GuardZoneModel at = m.withRg(ne.rgNe()).withLambdaS(ne.lambdaSNe());
        assertEquals(0.261191, GuardZoneTheory.pc(at), 5e-5, "p_c at NE");
        assertEquals(0.95, GuardZoneTheory.ps(at), 5e-5, "p_s at NE");
        assertEquals(1.982918e-3, GuardZoneTheory.lambdaPs(at), 2e-7, "lambda_ps at NE");
    }

    @Test
    void fortyDbCycles() {
        // Spec 11.5: SNR_S = 40 dB enters a 4-cycle (non-monotone p_s) and never converges.
        GuardZoneModel m = GuardZoneModel.defaults().withSnrS(1e4);
        EquilibriumResult r = new BestResponseDynamics(1e-4, 1e-4, 60).solve(m);
        assertFalse(r.converged());
    }
}
