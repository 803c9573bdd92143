package secmc.kernel.simd;

import static secmc.kernel.ScalarKernel.LG1;
import static secmc.kernel.ScalarKernel.LG2;
import static secmc.kernel.ScalarKernel.LG3;
import static secmc.kernel.ScalarKernel.LG4;
import static secmc.kernel.ScalarKernel.LG5;
import static secmc.kernel.ScalarKernel.LG6;
import static secmc.kernel.ScalarKernel.LG7;
import static secmc.kernel.ScalarKernel.LN2;
import static secmc.kernel.ScalarKernel.LN2_HI;
import static secmc.kernel.ScalarKernel.LN2_LO;
import static secmc.kernel.ScalarKernel.MAGIC;
import static secmc.kernel.ScalarKernel.OFF;
import static secmc.kernel.ScalarKernel.Q0;
import static secmc.kernel.ScalarKernel.Q1;
import static secmc.kernel.ScalarKernel.Q2;
import static secmc.kernel.ScalarKernel.Q3;
import static secmc.kernel.ScalarKernel.Q4;
import static secmc.kernel.ScalarKernel.TWO52;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import secmc.kernel.Interference;
import secmc.kernel.Kernel;
import secmc.kernel.LaneStreams;
import secmc.kernel.ScalarKernel;

/**
 * Vector-API twin of {@link ScalarKernel}, four double lanes (256 bits) wide whatever the
 * hardware offers, so that the lane-ordered kernels give the scalar kernel's bits exactly.
 * Only load this class through {@link secmc.kernel.Kernels} (it needs {@code jdk.incubator.vector}).
 *
 * <p>Exponents other than 3 and 4 fall back to the scalar kernel: {@code Math.pow} has no
 * bit-exact vector equivalent, and the scenarios of the papers use 3 and 4. The xoshiro256+
 * step is written out in each method on purpose: a helper returning several vectors would box
 * them (allocate) in the hot loop.
 *
 * <p>{@link #pppFadedSum} has a 512-bit variant (picked by {@code secmc.kernel.Kernels} when safe,
 * or forced with {@code -Dsecmc.kernel.bits=512}; see {@link #create}): the lane streams and the summation order stay those of the 4-lane
 * specification, two steps share one register, so the bits are the same.
 */
public final class VectorKernel implements Kernel {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Long> W = LongVector.SPECIES_256;
    private static final int L = LaneStreams.LANES;
    private static final DoubleVector V_LG1 = DoubleVector.broadcast(D, LG1);
    private static final DoubleVector V_LG2 = DoubleVector.broadcast(D, LG2);
    private static final DoubleVector V_LG3 = DoubleVector.broadcast(D, LG3);
    private static final VectorSpecies<Double> D8 = DoubleVector.SPECIES_512;
    private static final VectorSpecies<Long> W8 = LongVector.SPECIES_512;
    // Constants of ScalarKernel.fadingNegLog (the fused PPP kernel's -log); the 512-bit ones are in Wide.
    private static final DoubleVector V_Q0 = DoubleVector.broadcast(D, Q0);
    private static final DoubleVector V_Q1 = DoubleVector.broadcast(D, Q1);
    private static final DoubleVector V_Q2 = DoubleVector.broadcast(D, Q2);
    private static final DoubleVector V_LN2 = DoubleVector.broadcast(D, LN2);
    private static final DoubleVector V_K52 = DoubleVector.broadcast(D, TWO52 + 52);

    /**
     * The 512-bit constants, in a holder initialised on the first 512-bit call: a JVM that never
     * takes the 512-bit path then never creates a 512-bit vector, not even in class
     * initialisation, whose interpreted calls would leave the second shape in the shared JDK
     * methods' type profiles (see {@link #create}) and let C2 box the 256-bit kernels.
     */
    private static final class Wide {
        private static final DoubleVector W_Q0 = DoubleVector.broadcast(D8, Q0);
        private static final DoubleVector W_Q1 = DoubleVector.broadcast(D8, Q1);
        private static final DoubleVector W_Q2 = DoubleVector.broadcast(D8, Q2);
        private static final DoubleVector W_LN2 = DoubleVector.broadcast(D8, LN2);
        private static final DoubleVector W_K52 = DoubleVector.broadcast(D8, TWO52 + 52);
        /**
         * Lane indices 0..7: a tail step keeps lane i iff {@code i < n - c}, by multiplying its terms
         * with {@code min(max(n - c - i, 0), 1)}, exactly 1 or 0 (finite positive terms, so the sum
         * gets exactly +0 for dropped lanes). A masked add would be the natural way, but on JDK 17
         * 512-bit masks are not register-allocated and C2 boxes them in this method (allocates).
         */
        private static final DoubleVector IOTA8 = DoubleVector.fromArray(D8, new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 0);
        /** Swaps the 256-bit halves of a 512-bit register. */
        private static final VectorShuffle<Long> SWAP = VectorShuffle.fromValues(W8, 4, 5, 6, 7, 0, 1, 2, 3);
        private static final VectorMask<Long> HIGH = VectorMask.fromValues(W8, false, false, false, false, true, true, true, true);
        private static final VectorMask<Long> LOW = HIGH.not();
    }

    /** Whether {@link #pppFadedSum} uses 512-bit registers (two steps per register). */
    private final boolean wide;

    /**
     * The twin as {@link secmc.kernel.Kernels} loads it: the fused PPP kernel 512 bits wide if
     * {@code wide} is asked for and the hardware runs 512-bit vectors natively, else 256 bits.
     * Results are the same bits either way.
     *
     * <p>Why 512 is not always taken: it is 1.7x faster on the plain ppp.coverage loop (AVX-512
     * machine, see benchmarks/README.md), but on JDK 17 a JVM that runs both 512-bit and 256-bit
     * Vector-API code (the plain and the conditional estimator, say) ends up with some kernels
     * compiled without intrinsics, which box every vector: 70 KB allocated per conditional
     * realization (2800 points) after plain ones, measured. C2 parses a loop-carried vector with
     * its declared type, so the calls on it go by the shared JDK methods' type profiles; once
     * those have seen both shapes the inlined code merges two vector types and boxes. One shape
     * per JVM stays allocation-free; {@code Kernels} asks for 512 only when told so.
     */
    public static VectorKernel create(boolean wide) {
        return new VectorKernel(wide && wideSupported());
    }

    private VectorKernel(boolean wide) {
        this.wide = wide;
    }

    /** Whether the hardware runs 512-bit vectors natively (C2's preferred species is 512 bits). */
    public static boolean wideSupported() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 512;
    }

    /** The 256-bit variant whatever the hardware (for tests and benchmarks of both paths). */
    public static VectorKernel narrow() {
        return new VectorKernel(false);
    }

    /** The 512-bit variant; only where {@link #wideSupported()} (else C2 would not intrinsify it). */
    public static VectorKernel wide() {
        if (!wideSupported()) {
            throw new IllegalStateException("no native 512-bit vectors on this hardware");
        }
        return new VectorKernel(true);
    }

    /** Whether the fused PPP kernel runs 512 bits wide. */
    public boolean isWide() {
        return wide;
    }

    /** Whether this twin runs at full speed here: 256-bit vectors supported by the hardware. */
    public static boolean usable() {
        return D.length() == L && W.length() == L && DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public double sum(double[] d2, double[] h, int n, double alpha) {
        if (alpha != 4.0 && alpha != 3.0) {
            return Interference.sum(d2, h, n, alpha);
        }
        DoubleVector acc = DoubleVector.zero(D);
        int i = 0;
        int bound = D.loopBound(n);
        if (alpha == 4.0) {
            for (; i < bound; i += L) {
                DoubleVector v = DoubleVector.fromArray(D, d2, i);
                acc = acc.add(DoubleVector.fromArray(D, h, i).div(v.mul(v)));
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector v = DoubleVector.fromArray(D, d2, i);
                acc = acc.add(DoubleVector.fromArray(D, h, i).div(v.mul(v.sqrt())));
            }
        }
        double s = (acc.lane(0) + acc.lane(1)) + (acc.lane(2) + acc.lane(3));
        for (; i < n; i++) {
            double v = d2[i];
            s += alpha == 4.0 ? h[i] / (v * v) : h[i] / (v * Math.sqrt(v));
        }
        return s;
    }

    @Override
    public void relativeGains(double[] d2, int n, double ref2, double alpha, double[] out) {
        if (alpha != 4.0 && alpha != 3.0) {
            Interference.relativeGains(d2, n, ref2, alpha, out);
            return;
        }
        int i = 0;
        int bound = D.loopBound(n);
        DoubleVector r = DoubleVector.broadcast(D, ref2);
        if (alpha == 4.0) {
            for (; i < bound; i += L) {
                DoubleVector q = r.div(DoubleVector.fromArray(D, d2, i));
                q.mul(q).intoArray(out, i);
            }
        } else {
            for (; i < bound; i += L) {
                DoubleVector q = r.div(DoubleVector.fromArray(D, d2, i));
                q.mul(q.sqrt()).intoArray(out, i);
            }
        }
        for (; i < n; i++) {
            double q = ref2 / d2[i];
            out[i] = alpha == 4.0 ? q * q : q * Math.sqrt(q);
        }
    }

    @Override
    public double rayleighProduct(double[] a, int n, double beta) {
        DoubleVector q = DoubleVector.broadcast(D, 1.0);
        int bound = D.loopBound(n);
        int i = 0;
        for (; i < bound; i += L) {
            q = q.mul(DoubleVector.fromArray(D, a, i).fma(beta, 1.0));
        }
        return 1.0 / tailProduct(q.lane(0), q.lane(1), q.lane(2), q.lane(3), a, i, n, beta);
    }

    @Override
    public void atReceivers(double[] rx, double[] ry, int nr, double[] tx, double[] ty, double[] power, int nt,
                            double[] h, double alpha, double[] out) {
        // Vectorised: alpha 3 and 4 with a fading matrix. Without fading (deterministic, rarely
        // hot) or with other exponents, the scalar kernel. One row method per variant: a choice
        // inside the loop would merge two vectors, which C2 boxes.
        if ((alpha != 4.0 && alpha != 3.0) || h == null) {
            Interference.atReceivers(rx, ry, nr, tx, ty, power, nt, h, alpha, out);
            return;
        }
        for (int j = 0; j < nr; j++) {
            int row = j * nt;
            double s;
            if (alpha == 4.0) {
                s = power == null ? row4(rx[j], ry[j], tx, ty, h, row, nt) : row4p(rx[j], ry[j], tx, ty, power, h, row, nt);
            } else {
                s = power == null ? row3(rx[j], ry[j], tx, ty, h, row, nt) : row3p(rx[j], ry[j], tx, ty, power, h, row, nt);
            }
            // The scalar tail, in index order after the lanes' sum.
            for (int i = D.loopBound(nt); i < nt; i++) {
                double dx = tx[i] - rx[j];
                double dy = ty[i] - ry[j];
                double d2 = dx * dx + dy * dy;
                double w = (power == null ? 1.0 : power[i]) * h[row + i];
                s += alpha == 4.0 ? w / (d2 * d2) : w / (d2 * Math.sqrt(d2));
            }
            out[j] = s;
        }
    }

    private static double row4(double x, double y, double[] tx, double[] ty, double[] h, int row, int nt) {
        DoubleVector acc = DoubleVector.zero(D);
        int bound = D.loopBound(nt);
        for (int i = 0; i < bound; i += L) {
            DoubleVector dx = DoubleVector.fromArray(D, tx, i).sub(x);
            DoubleVector dy = DoubleVector.fromArray(D, ty, i).sub(y);
            DoubleVector d2 = dx.mul(dx).add(dy.mul(dy));
            acc = acc.add(DoubleVector.fromArray(D, h, row + i).div(d2.mul(d2)));
        }
        return (acc.lane(0) + acc.lane(1)) + (acc.lane(2) + acc.lane(3));
    }

    private static double row4p(double x, double y, double[] tx, double[] ty, double[] power, double[] h, int row, int nt) {
        DoubleVector acc = DoubleVector.zero(D);
        int bound = D.loopBound(nt);
        for (int i = 0; i < bound; i += L) {
            DoubleVector dx = DoubleVector.fromArray(D, tx, i).sub(x);
            DoubleVector dy = DoubleVector.fromArray(D, ty, i).sub(y);
            DoubleVector d2 = dx.mul(dx).add(dy.mul(dy));
            acc = acc.add(DoubleVector.fromArray(D, power, i).mul(DoubleVector.fromArray(D, h, row + i)).div(d2.mul(d2)));
        }
        return (acc.lane(0) + acc.lane(1)) + (acc.lane(2) + acc.lane(3));
    }

    private static double row3(double x, double y, double[] tx, double[] ty, double[] h, int row, int nt) {
        DoubleVector acc = DoubleVector.zero(D);
        int bound = D.loopBound(nt);
        for (int i = 0; i < bound; i += L) {
            DoubleVector dx = DoubleVector.fromArray(D, tx, i).sub(x);
            DoubleVector dy = DoubleVector.fromArray(D, ty, i).sub(y);
            DoubleVector d2 = dx.mul(dx).add(dy.mul(dy));
            acc = acc.add(DoubleVector.fromArray(D, h, row + i).div(d2.mul(d2.sqrt())));
        }
        return (acc.lane(0) + acc.lane(1)) + (acc.lane(2) + acc.lane(3));
    }

    private static double row3p(double x, double y, double[] tx, double[] ty, double[] power, double[] h, int row, int nt) {
        DoubleVector acc = DoubleVector.zero(D);
        int bound = D.loopBound(nt);
        for (int i = 0; i < bound; i += L) {
            DoubleVector dx = DoubleVector.fromArray(D, tx, i).sub(x);
            DoubleVector dy = DoubleVector.fromArray(D, ty, i).sub(y);
            DoubleVector d2 = dx.mul(dx).add(dy.mul(dy));
            acc = acc.add(DoubleVector.fromArray(D, power, i).mul(DoubleVector.fromArray(D, h, row + i)).div(d2.mul(d2.sqrt())));
        }
        return (acc.lane(0) + acc.lane(1)) + (acc.lane(2) + acc.lane(3));
    }
    @Override
    public void rayleighProducts(double[] a, int n, double[] beta, int m, double[] out) {
        int k = 0;
        for (; k + 4 <= m; k += 4) {
            products4(a, n, beta, k, out);
        }
        for (; k < m; k++) {
            out[k] = rayleighProduct(a, n, beta[k]);
        }
    }

    /** Thresholds k..k+3 at once: four independent multiply chains hide the latency. */
    private static void products4(double[] a, int n, double[] beta, int k, double[] out) {
        double b0 = beta[k];
        double b1 = beta[k + 1];
        double b2 = beta[k + 2];
        double b3 = beta[k + 3];
        DoubleVector q0 = DoubleVector.broadcast(D, 1.0);
        DoubleVector q1 = DoubleVector.broadcast(D, 1.0);
        DoubleVector q2 = DoubleVector.broadcast(D, 1.0);
        DoubleVector q3 = DoubleVector.broadcast(D, 1.0);
        int bound = D.loopBound(n);
        int i = 0;
        for (; i < bound; i += L) {
            DoubleVector v = DoubleVector.fromArray(D, a, i);
            q0 = q0.mul(v.fma(b0, 1.0));
            q1 = q1.mul(v.fma(b1, 1.0));
            q2 = q2.mul(v.fma(b2, 1.0));
            q3 = q3.mul(v.fma(b3, 1.0));
        }
        out[k] = 1.0 / tailProduct(q0.lane(0), q0.lane(1), q0.lane(2), q0.lane(3), a, i, n, b0);
        out[k + 1] = 1.0 / tailProduct(q1.lane(0), q1.lane(1), q1.lane(2), q1.lane(3), a, i, n, b1);
        out[k + 2] = 1.0 / tailProduct(q2.lane(0), q2.lane(1), q2.lane(2), q2.lane(3), a, i, n, b2);
        out[k + 3] = 1.0 / tailProduct(q3.lane(0), q3.lane(1), q3.lane(2), q3.lane(3), a, i, n, b3);
    }

    /**
     * The lanes' products {@code q0..q3} times the tail {@code a[i..n)} (fewer than 4 elements,
     * element {@code i + t} into lane t), combined as {@code (q0 q1)(q2 q3)}: scalar, the same
     * operations as the lanewise ones (fma is fused either way). Not a masked vector load: on
     * JDK 17 with AVX-512 hardware C2 sometimes compiles this method's vector code without
     * intrinsics then, boxing ~2 KB per call (seen as an intermittent heap-flat test failure).
     */
    private static double tailProduct(double q0, double q1, double q2, double q3, double[] a, int i, int n, double beta) {
        int rest = n - i;
        if (rest > 0) {
            q0 *= Math.fma(a[i], beta, 1.0);
        }
        if (rest > 1) {
            q1 *= Math.fma(a[i + 1], beta, 1.0);
        }
        if (rest > 2) {
            q2 *= Math.fma(a[i + 2], beta, 1.0);
        }
        return (q0 * q1) * (q2 * q3);
    }

    @Override
    public void fillUniform(LaneStreams s, double[] out, int n) {
        long[] st = s.state();
        LongVector s0 = LongVector.fromArray(W, st, 0);
        LongVector s1 = LongVector.fromArray(W, st, L);
        LongVector s2 = LongVector.fromArray(W, st, 2 * L);
        LongVector s3 = LongVector.fromArray(W, st, 3 * L);
        for (int c = 0; c < n; c += L) {
            LongVector r = s0.add(s3);
            LongVector t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            DoubleVector u = r.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                    .reinterpretAsDoubles().sub(TWO52 - 1).mul(0x1p-52);
            if (c + L <= n) {
                u.intoArray(out, c);
            } else {
                // The last, partial step: lanes past n are dropped. (Lane extraction, not a masked
                // store: JDK 17 does not intrinsify masked stores on AVX2 and would allocate.)
                out[c] = u.lane(0);
                if (c + 1 < n) {
                    out[c + 1] = u.lane(1);
                }
                if (c + 2 < n) {
                    out[c + 2] = u.lane(2);
                }
            }
        }
        s0.intoArray(st, 0);
        s1.intoArray(st, L);
        s2.intoArray(st, 2 * L);
        s3.intoArray(st, 3 * L);
    }

    @Override
    public void fillExponential(LaneStreams s, double[] out, int n) {
        long[] st = s.state();
        LongVector s0 = LongVector.fromArray(W, st, 0);
        LongVector s1 = LongVector.fromArray(W, st, L);
        LongVector s2 = LongVector.fromArray(W, st, 2 * L);
        LongVector s3 = LongVector.fromArray(W, st, 3 * L);
        for (int c = 0; c < n; c += L) {
            LongVector r = s0.add(s3);
            LongVector t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            DoubleVector u = r.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                    .reinterpretAsDoubles().sub(TWO52 - 1).mul(0x1p-52);
            // negLog(u), as ScalarKernel.negLog, operation for operation.
            LongVector ix = u.reinterpretAsLongs();
            LongVector tmp = ix.sub(OFF);
            DoubleVector k = tmp.add(1024L << 52).lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC)
                    .reinterpretAsDoubles().sub(TWO52 + 1024);
            DoubleVector g = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles().sub(1.0);
            DoubleVector sv = g.div(g.add(2.0));
            DoubleVector z = sv.mul(sv);
            DoubleVector w = z.mul(z);
            DoubleVector t1 = w.mul(w.fma(w.fma(LG6, LG4), V_LG2));
            DoubleVector t2 = z.mul(w.fma(w.fma(w.fma(LG7, LG5), V_LG3), V_LG1));
            DoubleVector hfsq = g.mul(g).mul(0.5);
            DoubleVector b = hfsq.sub(sv.fma(hfsq.add(t2.add(t1)), k.mul(LN2_LO))).sub(g);
            DoubleVector e = b.sub(k.mul(LN2_HI));
            if (c + L <= n) {
                e.intoArray(out, c);
            } else {
                // The last, partial step: lanes past n are dropped. (Lane extraction, not a masked
                // store: JDK 17 does not intrinsify masked stores on AVX2 and would allocate.)
                out[c] = e.lane(0);
                if (c + 1 < n) {
                    out[c + 1] = e.lane(1);
                }
                if (c + 2 < n) {
                    out[c + 2] = e.lane(2);
                }
            }
        }
        s0.intoArray(st, 0);
        s1.intoArray(st, L);
        s2.intoArray(st, 2 * L);
        s3.intoArray(st, 3 * L);
    }

    @Override
    public double pppFadedSum(LaneStreams pos, LaneStreams fade, int n, double radius2, double alpha) {
        // One method per exponent and width: a choice inside the loop would merge two vectors in
        // a phi, which C2 boxes (allocates) on JDK 17.
        if (alpha == 4.0) {
            return wide ? pppWide4(pos, fade, n, radius2) : pppNarrow4(pos, fade, n, radius2);
        } else if (alpha == 3.0) {
            return wide ? pppWide3(pos, fade, n, radius2) : pppNarrow3(pos, fade, n, radius2);
        }
        return ScalarKernel.INSTANCE.pppFadedSum(pos, fade, n, radius2, alpha);
    }

    /** Packs word w of the four lanes of {@code ps} at {@code [8w, 8w + 4)} and of {@code fs} at {@code [8w + 4, 8w + 8)}. */
    private static long[] pack(long[] ps, long[] fs, long[] st) {
        for (int w = 0; w < 4; w++) {
            System.arraycopy(ps, L * w, st, 2 * L * w, L);
            System.arraycopy(fs, L * w, st, 2 * L * w + L, L);
        }
        return st;
    }

    /** Inverse of {@link #pack}. */
    private static void unpack(long[] st, long[] ps, long[] fs) {
        for (int w = 0; w < 4; w++) {
            System.arraycopy(st, 2 * L * w, ps, L * w, L);
            System.arraycopy(st, 2 * L * w + L, fs, L * w, L);
        }
    }

    /**
     * alpha = 4, 512 bits: the packed state holds the four position lanes in register lanes
     * 0-3 and the four fading lanes in 4-7, so one xoshiro step advances both streams; each pair
     * of steps is regrouped into eight positions and eight fading words (lane {@code 4 (c mod 2) + j}).
     */
    private static double pppWide4(LaneStreams pos, LaneStreams fade, int n, double radius2) {
        long[] ps = pos.state();
        long[] fs = fade.state();
        long[] st = pack(ps, fs, fade.packBuffer());
        LongVector s0 = LongVector.fromArray(W8, st, 0);
        LongVector s1 = LongVector.fromArray(W8, st, 2 * L);
        LongVector s2 = LongVector.fromArray(W8, st, 4 * L);
        LongVector s3 = LongVector.fromArray(W8, st, 6 * L);
        LongVector t;
        DoubleVector acc = DoubleVector.zero(D8);
        int c = 0;
        // Full pairs of steps: every lane counts (no per-step weights: 21 % faster, measured).
        for (; c + 2 * L <= n; c += 2 * L) {
            LongVector ra = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector rb = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector pw = ra.blend(rb.rearrange(Wide.SWAP), Wide.HIGH);
            LongVector fw = rb.blend(ra.rearrange(Wide.SWAP), Wide.LOW);
            DoubleVector x;
            {
                DoubleVector d2 = pw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                // h = ScalarKernel.fadingNegLog(word), operation for operation.
                LongVector ix = fw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                LongVector tmp = ix.sub(OFF);
                DoubleVector j = Wide.W_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                DoubleVector w2 = tv.mul(tv);
                DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), Wide.W_Q2), Wide.W_Q1), Wide.W_Q0);
                x = j.fma(Wide.W_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2));
            }
            acc = acc.add(x);
        }
        // The last, partial pair (at most one): lanes at or past n weigh 0 (see Wide.IOTA8; a masked
        // add would box on JDK 17). Same bits as weighing every pair: x * 1 = x.
        for (; c < n; c += 2 * L) {
            LongVector ra = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector rb = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector pw = ra.blend(rb.rearrange(Wide.SWAP), Wide.HIGH);
            LongVector fw = rb.blend(ra.rearrange(Wide.SWAP), Wide.LOW);
            DoubleVector x;
            {
                DoubleVector d2 = pw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                // h = ScalarKernel.fadingNegLog(word), operation for operation.
                LongVector ix = fw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                LongVector tmp = ix.sub(OFF);
                DoubleVector j = Wide.W_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                DoubleVector w2 = tv.mul(tv);
                DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), Wide.W_Q2), Wide.W_Q1), Wide.W_Q0);
                x = j.fma(Wide.W_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2));
            }
            acc = acc.add(x.mul(Wide.IOTA8.neg().add(n - c).max(0.0).min(1.0)));
        }
        s0.intoArray(st, 0);
        s1.intoArray(st, 2 * L);
        s2.intoArray(st, 4 * L);
        s3.intoArray(st, 6 * L);
        unpack(st, ps, fs);
        return ((acc.lane(0) + acc.lane(4)) + (acc.lane(1) + acc.lane(5))) + ((acc.lane(2) + acc.lane(6)) + (acc.lane(3) + acc.lane(7)));
    }

    /**
     * alpha = 3, 512 bits: the packed state holds the four position lanes in register lanes
     * 0-3 and the four fading lanes in 4-7, so one xoshiro step advances both streams; each pair
     * of steps is regrouped into eight positions and eight fading words (lane {@code 4 (c mod 2) + j}).
     */
    private static double pppWide3(LaneStreams pos, LaneStreams fade, int n, double radius2) {
        long[] ps = pos.state();
        long[] fs = fade.state();
        long[] st = pack(ps, fs, fade.packBuffer());
        LongVector s0 = LongVector.fromArray(W8, st, 0);
        LongVector s1 = LongVector.fromArray(W8, st, 2 * L);
        LongVector s2 = LongVector.fromArray(W8, st, 4 * L);
        LongVector s3 = LongVector.fromArray(W8, st, 6 * L);
        LongVector t;
        DoubleVector acc = DoubleVector.zero(D8);
        int c = 0;
        // Full pairs of steps: every lane counts (no per-step weights: 21 % faster, measured).
        for (; c + 2 * L <= n; c += 2 * L) {
            LongVector ra = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector rb = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector pw = ra.blend(rb.rearrange(Wide.SWAP), Wide.HIGH);
            LongVector fw = rb.blend(ra.rearrange(Wide.SWAP), Wide.LOW);
            DoubleVector x;
            {
                DoubleVector d2 = pw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                // h = ScalarKernel.fadingNegLog(word), operation for operation.
                LongVector ix = fw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                LongVector tmp = ix.sub(OFF);
                DoubleVector j = Wide.W_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                DoubleVector w2 = tv.mul(tv);
                DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), Wide.W_Q2), Wide.W_Q1), Wide.W_Q0);
                x = j.fma(Wide.W_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2.sqrt()));
            }
            acc = acc.add(x);
        }
        // The last, partial pair (at most one): lanes at or past n weigh 0 (see Wide.IOTA8; a masked
        // add would box on JDK 17). Same bits as weighing every pair: x * 1 = x.
        for (; c < n; c += 2 * L) {
            LongVector ra = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector rb = s0.add(s3);
            t = s1.lanewise(VectorOperators.LSHL, 17);
            s2 = s2.lanewise(VectorOperators.XOR, s0);
            s3 = s3.lanewise(VectorOperators.XOR, s1);
            s1 = s1.lanewise(VectorOperators.XOR, s2);
            s0 = s0.lanewise(VectorOperators.XOR, s3);
            s2 = s2.lanewise(VectorOperators.XOR, t);
            s3 = s3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, s3.lanewise(VectorOperators.LSHR, 19));
            LongVector pw = ra.blend(rb.rearrange(Wide.SWAP), Wide.HIGH);
            LongVector fw = rb.blend(ra.rearrange(Wide.SWAP), Wide.LOW);
            DoubleVector x;
            {
                DoubleVector d2 = pw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                // h = ScalarKernel.fadingNegLog(word), operation for operation.
                LongVector ix = fw.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                        .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                LongVector tmp = ix.sub(OFF);
                DoubleVector j = Wide.W_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                DoubleVector w2 = tv.mul(tv);
                DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), Wide.W_Q2), Wide.W_Q1), Wide.W_Q0);
                x = j.fma(Wide.W_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2.sqrt()));
            }
            acc = acc.add(x.mul(Wide.IOTA8.neg().add(n - c).max(0.0).min(1.0)));
        }
        s0.intoArray(st, 0);
        s1.intoArray(st, 2 * L);
        s2.intoArray(st, 4 * L);
        s3.intoArray(st, 6 * L);
        unpack(st, ps, fs);
        return ((acc.lane(0) + acc.lane(4)) + (acc.lane(1) + acc.lane(5))) + ((acc.lane(2) + acc.lane(6)) + (acc.lane(3) + acc.lane(7)));
    }

    /** alpha = 4, 256 bits: one step per register, even and odd steps in two accumulators. */
    private static double pppNarrow4(LaneStreams pos, LaneStreams fade, int n, double radius2) {
        long[] ps = pos.state();
        long[] fs = fade.state();
        LongVector p0 = LongVector.fromArray(W, ps, 0);
        LongVector p1 = LongVector.fromArray(W, ps, L);
        LongVector p2 = LongVector.fromArray(W, ps, 2 * L);
        LongVector p3 = LongVector.fromArray(W, ps, 3 * L);
        LongVector f0 = LongVector.fromArray(W, fs, 0);
        LongVector f1 = LongVector.fromArray(W, fs, L);
        LongVector f2 = LongVector.fromArray(W, fs, 2 * L);
        LongVector f3 = LongVector.fromArray(W, fs, 3 * L);
        LongVector t;
        DoubleVector even = DoubleVector.zero(D);
        DoubleVector odd = DoubleVector.zero(D);
        for (int c = 0; c < n; c += 2 * L) {
            {
                LongVector rp = p0.add(p3);
                t = p1.lanewise(VectorOperators.LSHL, 17);
                p2 = p2.lanewise(VectorOperators.XOR, p0);
                p3 = p3.lanewise(VectorOperators.XOR, p1);
                p1 = p1.lanewise(VectorOperators.XOR, p2);
                p0 = p0.lanewise(VectorOperators.XOR, p3);
                p2 = p2.lanewise(VectorOperators.XOR, t);
                p3 = p3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, p3.lanewise(VectorOperators.LSHR, 19));
                LongVector rf = f0.add(f3);
                t = f1.lanewise(VectorOperators.LSHL, 17);
                f2 = f2.lanewise(VectorOperators.XOR, f0);
                f3 = f3.lanewise(VectorOperators.XOR, f1);
                f1 = f1.lanewise(VectorOperators.XOR, f2);
                f0 = f0.lanewise(VectorOperators.XOR, f3);
                f2 = f2.lanewise(VectorOperators.XOR, t);
                f3 = f3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, f3.lanewise(VectorOperators.LSHR, 19));
                DoubleVector x;
                {
                    DoubleVector d2 = rp.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                    // h = ScalarKernel.fadingNegLog(word), operation for operation.
                    LongVector ix = rf.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                    LongVector tmp = ix.sub(OFF);
                    DoubleVector j = V_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                    DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                    DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                    DoubleVector w2 = tv.mul(tv);
                    DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), V_Q2), V_Q1), V_Q0);
                    x = j.fma(V_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2));
                }
                // Lanes past n were drawn but do not count (masked add: no branch, so no boxing).
                even = even.add(x, D.indexInRange(c, n));
            }
            {
                LongVector rp = p0.add(p3);
                t = p1.lanewise(VectorOperators.LSHL, 17);
                p2 = p2.lanewise(VectorOperators.XOR, p0);
                p3 = p3.lanewise(VectorOperators.XOR, p1);
                p1 = p1.lanewise(VectorOperators.XOR, p2);
                p0 = p0.lanewise(VectorOperators.XOR, p3);
                p2 = p2.lanewise(VectorOperators.XOR, t);
                p3 = p3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, p3.lanewise(VectorOperators.LSHR, 19));
                LongVector rf = f0.add(f3);
                t = f1.lanewise(VectorOperators.LSHL, 17);
                f2 = f2.lanewise(VectorOperators.XOR, f0);
                f3 = f3.lanewise(VectorOperators.XOR, f1);
                f1 = f1.lanewise(VectorOperators.XOR, f2);
                f0 = f0.lanewise(VectorOperators.XOR, f3);
                f2 = f2.lanewise(VectorOperators.XOR, t);
                f3 = f3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, f3.lanewise(VectorOperators.LSHR, 19));
                DoubleVector x;
                {
                    DoubleVector d2 = rp.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                    // h = ScalarKernel.fadingNegLog(word), operation for operation.
                    LongVector ix = rf.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                    LongVector tmp = ix.sub(OFF);
                    DoubleVector j = V_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                    DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                    DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                    DoubleVector w2 = tv.mul(tv);
                    DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), V_Q2), V_Q1), V_Q0);
                    x = j.fma(V_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2));
                }
                // Lanes past n were drawn but do not count (masked add: no branch, so no boxing).
                odd = odd.add(x, D.indexInRange(c + L, n));
            }
        }
        p0.intoArray(ps, 0);
        p1.intoArray(ps, L);
        p2.intoArray(ps, 2 * L);
        p3.intoArray(ps, 3 * L);
        f0.intoArray(fs, 0);
        f1.intoArray(fs, L);
        f2.intoArray(fs, 2 * L);
        f3.intoArray(fs, 3 * L);
        return ((even.lane(0) + odd.lane(0)) + (even.lane(1) + odd.lane(1)))
                + ((even.lane(2) + odd.lane(2)) + (even.lane(3) + odd.lane(3)));
    }

    /** alpha = 3, 256 bits: one step per register, even and odd steps in two accumulators. */
    private static double pppNarrow3(LaneStreams pos, LaneStreams fade, int n, double radius2) {
        long[] ps = pos.state();
        long[] fs = fade.state();
        LongVector p0 = LongVector.fromArray(W, ps, 0);
        LongVector p1 = LongVector.fromArray(W, ps, L);
        LongVector p2 = LongVector.fromArray(W, ps, 2 * L);
        LongVector p3 = LongVector.fromArray(W, ps, 3 * L);
        LongVector f0 = LongVector.fromArray(W, fs, 0);
        LongVector f1 = LongVector.fromArray(W, fs, L);
        LongVector f2 = LongVector.fromArray(W, fs, 2 * L);
        LongVector f3 = LongVector.fromArray(W, fs, 3 * L);
        LongVector t;
        DoubleVector even = DoubleVector.zero(D);
        DoubleVector odd = DoubleVector.zero(D);
        for (int c = 0; c < n; c += 2 * L) {
            {
                LongVector rp = p0.add(p3);
                t = p1.lanewise(VectorOperators.LSHL, 17);
                p2 = p2.lanewise(VectorOperators.XOR, p0);
                p3 = p3.lanewise(VectorOperators.XOR, p1);
                p1 = p1.lanewise(VectorOperators.XOR, p2);
                p0 = p0.lanewise(VectorOperators.XOR, p3);
                p2 = p2.lanewise(VectorOperators.XOR, t);
                p3 = p3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, p3.lanewise(VectorOperators.LSHR, 19));
                LongVector rf = f0.add(f3);
                t = f1.lanewise(VectorOperators.LSHL, 17);
                f2 = f2.lanewise(VectorOperators.XOR, f0);
                f3 = f3.lanewise(VectorOperators.XOR, f1);
                f1 = f1.lanewise(VectorOperators.XOR, f2);
                f0 = f0.lanewise(VectorOperators.XOR, f3);
                f2 = f2.lanewise(VectorOperators.XOR, t);
                f3 = f3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, f3.lanewise(VectorOperators.LSHR, 19));
                DoubleVector x;
                {
                    DoubleVector d2 = rp.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                    // h = ScalarKernel.fadingNegLog(word), operation for operation.
                    LongVector ix = rf.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                    LongVector tmp = ix.sub(OFF);
                    DoubleVector j = V_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                    DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                    DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                    DoubleVector w2 = tv.mul(tv);
                    DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), V_Q2), V_Q1), V_Q0);
                    x = j.fma(V_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2.sqrt()));
                }
                // Lanes past n were drawn but do not count (masked add: no branch, so no boxing).
                even = even.add(x, D.indexInRange(c, n));
            }
            {
                LongVector rp = p0.add(p3);
                t = p1.lanewise(VectorOperators.LSHL, 17);
                p2 = p2.lanewise(VectorOperators.XOR, p0);
                p3 = p3.lanewise(VectorOperators.XOR, p1);
                p1 = p1.lanewise(VectorOperators.XOR, p2);
                p0 = p0.lanewise(VectorOperators.XOR, p3);
                p2 = p2.lanewise(VectorOperators.XOR, t);
                p3 = p3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, p3.lanewise(VectorOperators.LSHR, 19));
                LongVector rf = f0.add(f3);
                t = f1.lanewise(VectorOperators.LSHL, 17);
                f2 = f2.lanewise(VectorOperators.XOR, f0);
                f3 = f3.lanewise(VectorOperators.XOR, f1);
                f1 = f1.lanewise(VectorOperators.XOR, f2);
                f0 = f0.lanewise(VectorOperators.XOR, f3);
                f2 = f2.lanewise(VectorOperators.XOR, t);
                f3 = f3.lanewise(VectorOperators.LSHL, 45).lanewise(VectorOperators.OR, f3.lanewise(VectorOperators.LSHR, 19));
                DoubleVector x;
                {
                    DoubleVector d2 = rp.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).mul(radius2 * 0x1p-52);
                    // h = ScalarKernel.fadingNegLog(word), operation for operation.
                    LongVector ix = rf.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, MAGIC)
                            .reinterpretAsDoubles().sub(TWO52 - 1).reinterpretAsLongs();
                    LongVector tmp = ix.sub(OFF);
                    DoubleVector j = V_K52.sub(tmp.lanewise(VectorOperators.LSHR, 52).lanewise(VectorOperators.OR, MAGIC).reinterpretAsDoubles());
                    DoubleVector m = ix.sub(tmp.lanewise(VectorOperators.AND, 0xfffL << 52)).reinterpretAsDoubles();
                    DoubleVector tv = m.fma(-2.0, 2.0).div(m.add(1.0));
                    DoubleVector w2 = tv.mul(tv);
                    DoubleVector q = w2.fma(w2.fma(w2.fma(w2.fma(Q4, Q3), V_Q2), V_Q1), V_Q0);
                    x = j.fma(V_LN2, tv.mul(w2).fma(q, tv)).div(d2.mul(d2.sqrt()));
                }
                // Lanes past n were drawn but do not count (masked add: no branch, so no boxing).
                odd = odd.add(x, D.indexInRange(c + L, n));
            }
        }
        p0.intoArray(ps, 0);
        p1.intoArray(ps, L);
        p2.intoArray(ps, 2 * L);
        p3.intoArray(ps, 3 * L);
        f0.intoArray(fs, 0);
        f1.intoArray(fs, L);
        f2.intoArray(fs, 2 * L);
        f3.intoArray(fs, 3 * L);
        return ((even.lane(0) + odd.lane(0)) + (even.lane(1) + odd.lane(1)))
                + ((even.lane(2) + odd.lane(2)) + (even.lane(3) + odd.lane(3)));
    }
}
