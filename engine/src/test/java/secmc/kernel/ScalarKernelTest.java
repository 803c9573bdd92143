package secmc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256Plus;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** The scalar specification of the lane-ordered kernels against independent references. */
class ScalarKernelTest {
    /**
     * fdlibm's log is within 1 ulp; musl's reduction and the fused multiply-adds do not change
     * that bound. Measured max here: see the assertion message if it ever fails.
     */
    static final double NEG_LOG_ULPS = 1.0;

    @Test
    void lanesAreFourXoshiro256Plus() {
        // Reference: Commons RNG's own XoShiRo256Plus, one per lane, from the same state words.
        LaneStreams s = LaneStreams.from(RandomSource.XO_SHI_RO_256_PP.create(99L));
        long[] st = s.state().clone();
        for (int lane = 0; lane < LaneStreams.LANES; lane++) {
            XoShiRo256Plus ref = new XoShiRo256Plus(new long[] {st[lane], st[4 + lane], st[8 + lane], st[12 + lane]});
            LaneStreams t = s.copy();
            for (int k = 0; k < 1000; k++) {
                assertEquals(ref.nextLong(), t.next(lane), "lane " + lane + " word " + k);
            }
        }
    }

    @Test
    void uniformRangeAndEnds() {
        assertEquals(0x1p-52, ScalarKernel.uniform(0L));
        assertEquals(0x1p-52, ScalarKernel.uniform(0xfffL));
        assertEquals(1.0, ScalarKernel.uniform(-1L));
        assertEquals(0.5, ScalarKernel.uniform(((1L << 51) - 1) << 12));
    }

    @Test
    void negLogWithinOneUlp() {
        UniformRandomProvider r = RandomSource.XO_SHI_RO_256_PP.create(7L);
        double worst = 0;
        double[] edges = {0x1p-52, 0x1p-30, 0.25, 0.5, 0.70710678118654746, 0.70710678118654757, 0.7071067811865476,
            0.9999999999999999, 1.0, 1 - 0x1p-40, 1.4142135623730951 / 2, Math.nextDown(1.0)};
        for (double u : edges) {
            worst = Math.max(worst, ulps(u));
        }
        for (int i = 0; i < 2_000_000; i++) {
            double u = ScalarKernel.uniform(r.nextLong());
            worst = Math.max(worst, ulps(u));
            // Also near 1, where -log u is tiny and relative accuracy is hardest.
            worst = Math.max(worst, ulps(1 - u * 1e-6));
        }
        assertTrue(worst <= NEG_LOG_ULPS, "max error " + worst + " ulps");
        assertEquals(0.0, ScalarKernel.negLog(1.0));
        assertEquals(52 * Math.log(2), ScalarKernel.negLog(0x1p-52), Math.ulp(36.0));
    }

    @Test
    void fadingNegLogWithinStatedRelativeError() {
        // fadingNegLog(w) = -log(uniform(w)) within FADING_NEG_LOG_REL_ERROR (1e-13) relative, on
        // every input class the uniform conversion produces: edges (u = 2^-52, 1, the reduction's
        // boundaries at sqrt(2)/2 2^-k, every exponent), 2e6 random words, and 2e6 words with
        // u within 2^-20 of 1 (where -log u is tiny and relative accuracy is hardest).
        // Reference: StrictMath.log (fdlibm, < 1 ulp, i.e. ~1e-16 relative, far below the bound).
        UniformRandomProvider r = RandomSource.XO_SHI_RO_256_PP.create(17L);
        double worst = 0;
        for (long v : new long[] {1, 2, 3, 4, 5, 6, 7, 8, 1L << 51, (1L << 52) - 1, 1L << 52, (1L << 52) - 2, 3037000499L,
            3037000500L, 6074000999L, 6074001000L}) {
            worst = Math.max(worst, fadingRelError(v));
        }
        for (int e = 0; e <= 52; e++) {
            long b = (long) Math.floor(Math.sqrt(2) / 2 * Math.pow(2, e));
            for (long v = Math.max(1, b - 3); v <= Math.min(1L << 52, b + 3); v++) {
                worst = Math.max(worst, fadingRelError(v));
            }
            worst = Math.max(worst, fadingRelError(1L << e));
            worst = Math.max(worst, fadingRelError(Math.max(1, (1L << e) - 1)));
        }
        for (int i = 0; i < 2_000_000; i++) {
            long w = r.nextLong();
            worst = Math.max(worst, fadingRelError((w >>> 12) + 1));
            worst = Math.max(worst, fadingRelError((1L << 52) - ((w >>> 32) & 0xfffffL)));
        }
        assertTrue(worst <= ScalarKernel.FADING_NEG_LOG_REL_ERROR, "max relative error " + worst);
        assertTrue(worst > 0, "compared nothing");
        assertEquals(0.0, ScalarKernel.fadingNegLog(-1L));
        assertEquals(52 * Math.log(2), ScalarKernel.fadingNegLog(0L), 36.05 * ScalarKernel.FADING_NEG_LOG_REL_ERROR);
    }

    /** Relative error of fadingNegLog for v = 2^52 u in [1, 2^52] (v - 1 is the word's top 52 bits). */
    private static double fadingRelError(long v) {
        long word = (v - 1) << 12;
        double u = ScalarKernel.uniform(word);
        assertEquals(v * 0x1p-52, u);
        double exact = -StrictMath.log(u);
        double got = ScalarKernel.fadingNegLog(word);
        return exact == 0 ? Math.abs(got) : Math.abs(got - exact) / exact;
    }

    private static double ulps(double u) {
        double exact = -StrictMath.log(u);
        double got = ScalarKernel.negLog(u);
        return exact == 0 ? Math.abs(got) / Double.MIN_VALUE : Math.abs(got - exact) / Math.ulp(exact);
    }

    @Test
    void exponentialFillIsExp1() {
        // KS test of 200000 deviates against Exp(1) at level 1e-4 (false-failure probability 1e-4),
        // plus mean within 5 standard errors (two-sided, ~5.7e-7).
        int n = 200_000;
        double[] x = new double[n];
        ScalarKernel.INSTANCE.fillExponential(LaneStreams.from(RandomSource.XO_SHI_RO_256_PP.create(11L)), x, n);
        double mean = 0;
        for (double v : x) {
            assertTrue(v >= 0 && v < 37, "out of range " + v);
            mean += v;
        }
        mean /= n;
        assertEquals(1.0, mean, 5 / Math.sqrt(n));
        double p = KolmogorovSmirnovTest.withDefaults().test(x, ExponentialDistribution.of(1.0)::cumulativeProbability)
                .getPValue();
        assertTrue(p > 1e-4, "KS p-value " + p);
    }

    @Test
    void uniformFillIsUniform() {
        // KS at level 1e-4 (false-failure probability 1e-4).
        int n = 200_000;
        double[] x = new double[n];
        ScalarKernel.INSTANCE.fillUniform(LaneStreams.from(RandomSource.XO_SHI_RO_256_PP.create(12L)), x, n);
        for (double v : x) {
            assertTrue(v > 0 && v <= 1, "out of range " + v);
        }
        double p = KolmogorovSmirnovTest.withDefaults().test(x, v -> Math.min(1, Math.max(0, v))).getPValue();
        assertTrue(p > 1e-4, "KS p-value " + p);
    }

    @Test
    void lanesFromSameGeneratorAreDeterministic() {
        LaneStreams a = LaneStreams.from(RandomSource.XO_SHI_RO_256_PP.create(5L));
        LaneStreams b = LaneStreams.from(RandomSource.XO_SHI_RO_256_PP.create(5L));
        for (int i = 0; i < 100; i++) {
            assertEquals(a.next(i % 4), b.next(i % 4));
        }
    }
}
