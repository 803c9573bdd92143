package secmc.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests: the Vector-API twin against the scalar specification, element-wise, on
 * sizes that hit every tail of a 4-lane loop (DESIGN rule 6). Lane-ordered kernels must agree
 * bit for bit; the element-wise twins of {@link Interference}, which may sum in another order,
 * within a relative bound derived from the summation order (see {@link #orderTolerance}).
 */
class KernelDifferentialTest {
    static final int[] SIZES = {0, 1, 3, 7, 8, 13, 64, 207, 1024};
    static final double[] ALPHAS = {4.0, 3.0, 3.7};
    static final double ULP1 = 0x1p-52;

    static Kernel vector;
    static final Kernel scalar = Kernels.scalar();

    @BeforeAll
    static void load() {
        // surefire runs with --add-modules jdk.incubator.vector; only 128-bit hardware skips.
        vector = Kernels.vector().orElse(null);
        Assumptions.assumeTrue(vector != null, "Vector API twin not usable here");
    }

    static int[] sizes() {
        return SIZES;
    }

    /**
     * Reordering a sum of n positive terms (or a product of n factors >= 1) changes it by at most
     * about (n - 1) units of 2^-53 relative on each side; 2n + 4 ulps of 2^-52 covers both
     * orders with margin.
     */
    static double orderTolerance(int n) {
        return (2.0 * n + 4) * ULP1;
    }

    static UniformRandomProvider rng(int n) {
        return RandomSource.XO_SHI_RO_256_PP.create(1234L + n);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sumAgrees(int n) {
        UniformRandomProvider r = rng(n);
        double[] d2 = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = 1 + 1e6 * r.nextDouble();
            h[i] = -Math.log(1 - r.nextDouble());
        }
        for (double alpha : ALPHAS) {
            double s = scalar.sum(d2, h, n, alpha);
            double v = vector.sum(d2, h, n, alpha);
            assertEquals(s, v, orderTolerance(n) * s, "alpha " + alpha + " n " + n);
            assertEquals(Interference.sum(d2, h, n, alpha), s);
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void relativeGainsBitIdentical(int n) {
        UniformRandomProvider r = rng(n);
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = 1e-3 + 1e6 * r.nextDouble();
        }
        for (double alpha : ALPHAS) {
            // Same operations per element (a division, a square root, products): exactly equal.
            double[] a = new double[n + 1];
            double[] b = new double[n + 1];
            a[n] = b[n] = -7;
            scalar.relativeGains(d2, n, 400, alpha, a);
            vector.relativeGains(d2, n, 400, alpha, b);
            assertArrayEquals(a, b, "alpha " + alpha);
            assertEquals(-7, b[n], "wrote past n");
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void rayleighProductAgrees(int n) {
        UniformRandomProvider r = rng(n);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.pow(r.nextDouble(), 4) * 3;
        }
        for (double beta : new double[] {0, 0.1, 1, 10}) {
            double s = scalar.rayleighProduct(a, n, beta);
            double v = vector.rayleighProduct(a, n, beta);
            // Sequential divisions vs a product and one division: both within n ulps of exact.
            assertEquals(s, v, orderTolerance(n) * s, "beta " + beta);
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void rayleighProductsBitIdenticalAndCloseToSpec(int n) {
        UniformRandomProvider r = rng(n);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.pow(r.nextDouble(), 4) * 3;
        }
        double[] beta = new double[31];
        for (int k = 0; k < beta.length; k++) {
            beta[k] = Math.pow(10, (k - 10) / 10.0);
        }
        for (int m : new int[] {0, 1, 4, 7, 31}) {
            double[] s = new double[m];
            double[] v = new double[m];
            scalar.rayleighProducts(a, n, beta, m, s);
            vector.rayleighProducts(a, n, beta, m, v);
            assertArrayEquals(s, v, "m " + m);
            for (int k = 0; k < m; k++) {
                double spec = Interference.rayleighProduct(a, n, beta[k]);
                assertEquals(spec, s[k], orderTolerance(n) * spec, "beta " + beta[k]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void atReceiversAgrees(int n) {
        UniformRandomProvider r = rng(n);
        int nr = 5;
        double[] rx = new double[nr];
        double[] ry = new double[nr];
        for (int j = 0; j < nr; j++) {
            rx[j] = 100 * r.nextDouble();
            ry[j] = 100 * r.nextDouble();
        }
        double[] tx = new double[n];
        double[] ty = new double[n];
        double[] p = new double[n];
        double[] h = new double[nr * n];
        for (int i = 0; i < n; i++) {
            tx[i] = 200 + 1000 * r.nextDouble();
            ty[i] = 1000 * r.nextDouble();
            p[i] = 0.1 + r.nextDouble();
        }
        for (int i = 0; i < h.length; i++) {
            h[i] = -Math.log(1 - r.nextDouble());
        }
        for (double alpha : ALPHAS) {
            for (int variant = 0; variant < 4; variant++) {
                double[] pw = (variant & 1) == 0 ? p : null;
                double[] hh = (variant & 2) == 0 ? h : null;
                double[] s = new double[nr];
                double[] v = new double[nr];
                scalar.atReceivers(rx, ry, nr, tx, ty, pw, n, hh, alpha, s);
                vector.atReceivers(rx, ry, nr, tx, ty, pw, n, hh, alpha, v);
                for (int j = 0; j < nr; j++) {
                    assertEquals(s[j], v[j], orderTolerance(n) * s[j], "alpha " + alpha + " receiver " + j);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void bulkFillsBitIdentical(int n) {
        LaneStreams a = LaneStreams.from(rng(n));
        LaneStreams b = a.copy();
        double[] s = new double[n + 1];
        double[] v = new double[n + 1];
        s[n] = v[n] = -7;
        scalar.fillUniform(a, s, n);
        vector.fillUniform(b, v, n);
        assertArrayEquals(s, v);
        assertArrayEquals(a.state(), b.state(), "lanes advanced differently");
        scalar.fillExponential(a, s, n);
        vector.fillExponential(b, v, n);
        assertArrayEquals(s, v);
        assertArrayEquals(a.state(), b.state(), "lanes advanced differently");
        assertEquals(-7, v[n], "wrote past n");
    }

    /** The fused kernel's tails are per pair of 4-lane steps: every remainder mod 8, plus the spec sizes. */
    static int[] pppSizes() {
        return new int[] {0, 1, 3, 4, 5, 7, 8, 9, 12, 13, 15, 16, 64, 207, 1024, 1257};
    }

    @ParameterizedTest
    @MethodSource("pppSizes")
    void pppFadedSumBitIdentical(int n) {
        // The 256-bit twin always; the opt-in 512-bit one only when asked for
        // (mvn ... -Dtest=KernelDifferentialTest -Dsecmc.kernel.bits=512), because on JDK 17 running
        // both shapes in one JVM leaves later Vector-API code boxed (see VectorKernel.create), which
        // would break the heap-flat tests sharing this JVM.
        java.util.List<Kernel> twins = new java.util.ArrayList<>(java.util.List.of(vector, secmc.kernel.simd.VectorKernel.narrow()));
        if ("512".equals(System.getProperty("secmc.kernel.bits")) && secmc.kernel.simd.VectorKernel.wideSupported()) {
            twins.add(secmc.kernel.simd.VectorKernel.wide());
        }
        for (Kernel twin : twins) {
            for (double alpha : ALPHAS) {
                LaneStreams p1 = LaneStreams.from(rng(n));
                LaneStreams f1 = LaneStreams.from(rng(n + 1000));
                LaneStreams p2 = p1.copy();
                LaneStreams f2 = f1.copy();
                for (int rep = 0; rep < 3; rep++) {
                    double s = scalar.pppFadedSum(p1, f1, n, 4e6, alpha);
                    double v = twin.pppFadedSum(p2, f2, n, 4e6, alpha);
                    assertEquals(Double.doubleToLongBits(s), Double.doubleToLongBits(v), "alpha " + alpha + ": " + s + " vs " + v);
                }
                assertArrayEquals(p1.state(), p2.state());
                assertArrayEquals(f1.state(), f2.state());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pppSizes")
    void pppFadedSumMatchesFillsPlusSum(int n) {
        // The fused kernel is the bulk fills followed by a lane-ordered sum: check against the
        // element-wise pieces (positions then fading from separate lanes) within summation order.
        LaneStreams p = LaneStreams.from(rng(n));
        LaneStreams f = LaneStreams.from(rng(n + 7));
        LaneStreams p2 = p.copy();
        LaneStreams f2 = f.copy();
        double[] d2 = new double[n];
        double[] h = new double[n];
        scalar.fillUniform(p2, d2, n);
        scalar.fillExponential(f2, h, n);
        for (int i = 0; i < n; i++) {
            d2[i] *= 4e6;
        }
        double fused = scalar.pppFadedSum(p, f, n, 4e6, 4.0);
        double pieces = Interference.sum(d2, h, n, 4.0);
        // The fused kernel's fading is ScalarKernel.fadingNegLog (relative error <= 1e-13 per
        // term, so <= 1e-13 on the sum of positive terms) where the fill uses negLog (1 ulp).
        assertEquals(pieces, fused, (orderTolerance(n) + ScalarKernel.FADING_NEG_LOG_REL_ERROR) * pieces);
        assertTrue(n == 0 || fused > 0);
    }
}
