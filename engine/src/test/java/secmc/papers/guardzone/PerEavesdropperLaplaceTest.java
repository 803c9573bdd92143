package secmc.papers.guardzone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;

/**
 * Spec section 11.2 component check, by simulation: the per-ER success probability
 * P(SINR_y >= theta) of eq. (31) with interferers from a PPP(lambda_a) that has no point within
 * r_g of the ER equals exp(-theta r^alpha / SNR_S) L(theta r^alpha / P) with the Laplace transform
 * (32) whose lower limit is r_g, i.e. (32) is exact for a PPP; only the PHP correlations and the
 * ERs' independence make Theorem 3 approximate. lambda_a = 0.004, r_g = 5 m, SNR_S = 50 dB,
 * theta = 0 dB; the spec's values 0.8896, 0.3661, 0.0097 at r = 4, 8, 15 m.
 */
class PerEavesdropperLaplaceTest {
    /** Interferers simulated on r_g <= |x| <= OUTER (m); beyond it the mean interference, pi lambda_a / OUTER^2 = 1.4e-7, shifts p by < 0.15 SE. */
    private static final double OUTER = 300;
    private static final int N = 40_000;

    @Test
    void perEavesdropperSuccessMatchesLaplaceWithMinimumDistance() {
        double lambdaA = 0.004;
        double rg = 5;
        double snr = 1e5;
        GuardZoneModel m = GuardZoneModel.defaults().withRg(rg).withSnrS(snr);
        m = m.withLambdaS(-Math.log(lambdaA / m.lambdaP()) / (Math.PI * rg * rg)); // lambda_a = 0.004
        UniformRandomProvider rng = TaskRandom.generator(20261202L, "test.guardzone.per-er", 0, 0);
        ZigguratSampler.Exponential exp = ZigguratSampler.Exponential.of(rng);
        PoissonSampler count = new PoissonSampler(rng, lambdaA * Math.PI * (OUTER * OUTER - rg * rg));
        double[] rs = {4, 8, 15};
        double[] spec = {0.8896, 0.3661, 0.0097};
        for (int k = 0; k < rs.length; k++) {
            double r = rs[k];
            double expected = Math.exp(-Math.pow(r, 4) / snr) * GuardZoneTheory.laplace(m, r, true);
            assertEquals(spec[k], expected, 5e-5, "spec 11.2 value at r = " + r);
            long success = 0;
            for (int i = 0; i < N; i++) {
                // SINR >= theta  <=>  I <= g r^-4 / theta - 1/SNR  (theta = 1).
                double budget = exp.sample() / Math.pow(r, 4) - 1 / snr;
                if (budget < 0) {
                    continue;
                }
                int n = count.sample();
                double interference = 0;
                for (int j = 0; j < n && interference <= budget; j++) {
                    // Uniform on the annulus by the inverse CDF of the radius.
                    double d2 = rg * rg + rng.nextDouble() * (OUTER * OUTER - rg * rg);
                    interference += exp.sample() / (d2 * d2);
                }
                if (interference <= budget) {
                    success++;
                }
            }
            double se = Math.sqrt(expected * (1 - expected) / N);
            // 4 SE two-sided: false-failure probability 6.3e-5 per r, 1.9e-4 for the three.
            assertEquals(expected, (double) success / N, 4 * se, "P(SINR >= theta) at r = " + r);
        }
    }
}
