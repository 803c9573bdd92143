package secmc.kernel;

/**
 * The scalar kernels: the specification every SIMD twin is tested against. Element-wise
 * operations delegate to {@link Interference}; the lane-ordered ones follow {@link Kernel}'s
 * contracts literally, one lane at a time. Stateless singleton.
 */
public final class ScalarKernel implements Kernel {
    /** The single instance. */
    public static final ScalarKernel INSTANCE = new ScalarKernel();

    private static final int L = LaneStreams.LANES;
    /** Bits of 2^52 as a double: {@code longBitsToDouble(m | MAGIC) = 2^52 + m} for {@code m < 2^52}. */
    public static final long MAGIC = 0x4330000000000000L;
    public static final double TWO52 = 0x1p52;
    // fdlibm e_log.c (Sun Microsystems 1993): log(1+f) = f - hfsq + s*(hfsq+R), |error| < 1 ulp.
    public static final double LG1 = 6.666666666666735130e-01;
    public static final double LG2 = 3.999999999940941908e-01;
    public static final double LG3 = 2.857142874366239149e-01;
    public static final double LG4 = 2.222219843214978396e-01;
    public static final double LG5 = 1.818357216161805012e-01;
    public static final double LG6 = 1.531383769920937332e-01;
    public static final double LG7 = 1.479819860511658591e-01;
    public static final double LN2_HI = 6.93147180369123816490e-01;
    public static final double LN2_LO = 1.90821492927058770002e-10;
    /**
     * Coefficients of {@link #fadingNegLog}: {@code Q(w) ~ (atanh(s)/s - 1)/w}, {@code w = 4 s^2},
     * degree-4 fit minimising the relative error of {@code -log m} on {@code w in [0, 0.11775]}
     * ({@code |s| <= (sqrt2 - 1)/(sqrt2 + 1)}); Taylor would be 1/12, 1/80, 1/448, 1/2304, 1/11264.
     */
    public static final double Q0 = 0x1.555555562189cp-4;
    public static final double Q1 = 0x1.999996a15cfd4p-7;
    public static final double Q2 = 0x1.249414f5a46aap-9;
    public static final double Q3 = 0x1.c62a28c8dbf46p-12;
    public static final double Q4 = 0x1.9122010139b2dp-14;
    /** ln 2 rounded to double. */
    public static final double LN2 = 0x1.62e42fefa39efp-1;
    /** Documented bound of {@link #fadingNegLog}'s relative error (tested in ScalarKernelTest; fit: 3.0e-14). */
    public static final double FADING_NEG_LOG_REL_ERROR = 1e-13;
    /** Bits of sqrt(2)/2 (musl's log reduction): the mantissa is folded into [sqrt(2)/2, sqrt(2)). */
    public static final long OFF = 0x3fe6a09e667f3bcdL;

    private ScalarKernel() {
    }

    @Override
    public String name() {
        return "scalar";
    }

    /**
     * The uniform deviate of a 64-bit word: {@code ((w >>> 12) + 1) 2^-52}, in (0, 1], exactly
     * (computed without a long-to-double conversion, which AVX2 lacks, so the SIMD twin is exact too).
     */
    public static double uniform(long w) {
        return (Double.longBitsToDouble((w >>> 12) | MAGIC) - (TWO52 - 1)) * 0x1p-52;
    }

    /**
     * {@code -log(u)} for a normal {@code u} in (0, 1], within 1 ulp (fdlibm's algorithm with the
     * mantissa reduction of musl, evaluated with fused multiply-adds in a fixed order that the
     * SIMD twin repeats exactly). Only uses +, -, *, /, fma and bit operations, so it gives the
     * same bits on every machine.
     */
    public static double negLog(double u) {
        long ix = Double.doubleToRawLongBits(u);
        long tmp = ix - OFF;
        // k = tmp >> 52 (arithmetic); biased by 1024 so that a logical shift suffices (AVX2 has no
        // 64-bit arithmetic shift), then turned into a double by the 2^52 trick.
        double k = Double.longBitsToDouble(((tmp + (1024L << 52)) >>> 52) | MAGIC) - (TWO52 + 1024);
        double f = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double g = f - 1.0;
        double s = g / (g + 2.0);
        double z = s * s;
        double w = z * z;
        double t1 = w * Math.fma(w, Math.fma(w, LG6, LG4), LG2);
        double t2 = z * Math.fma(w, Math.fma(w, Math.fma(w, LG7, LG5), LG3), LG1);
        double r = t2 + t1;
        double hfsq = 0.5 * (g * g);
        double b = (hfsq - Math.fma(s, hfsq + r, k * LN2_LO)) - g;
        return b - k * LN2_HI;
    }

    /**
     * {@code -log u} for {@code u = uniform(w)}, the Exp(1) fading of {@link #pppFadedSum}: cheaper
     * than {@link #negLog} (one division, 4 + 4 fused multiply-adds) at a relative error below
     * {@link #FADING_NEG_LOG_REL_ERROR} (1e-13, i.e. a bias of the Exp(1) law far below any Monte
     * Carlo standard error). Works on {@code v = 2^52 u = (w >>> 12) + 1}, an integer in
     * [1, 2^52]: {@code v = 2^k m} with m in [sqrt(2)/2, sqrt(2)) (musl's reduction), so
     * {@code -log u = (52 - k) ln2 - log m}, and {@code -log m = t (1 + w Q(w))} with
     * {@code t = (2 - 2m)/(m + 1) = -2 atanh-argument} and {@code w = t^2 <= 0.1178}. The
     * operation order is the specification the SIMD twin repeats (same bits everywhere).
     */
    public static double fadingNegLog(long word) {
        long ix = Double.doubleToRawLongBits(Double.longBitsToDouble((word >>> 12) | MAGIC) - (TWO52 - 1));
        long tmp = ix - OFF;
        // v >= 1, so tmp > 0 and k = tmp >>> 52 in [0, 52]; 52 - k exactly by the 2^52 trick.
        double j = (TWO52 + 52) - Double.longBitsToDouble((tmp >>> 52) | MAGIC);
        double m = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        // 2 - 2m is exact (Sterbenz), so t carries 1 rounding of the division and 1 of m + 1.
        double t = Math.fma(m, -2.0, 2.0) / (m + 1.0);
        double w2 = t * t;
        double q = Math.fma(w2, Math.fma(w2, Math.fma(w2, Math.fma(w2, Q4, Q3), Q2), Q1), Q0);
        return Math.fma(j, LN2, Math.fma(t * w2, q, t));
    }

    @Override
    public double sum(double[] d2, double[] h, int n, double alpha) {
        return Interference.sum(d2, h, n, alpha);
    }

    @Override
    public void relativeGains(double[] d2, int n, double ref2, double alpha, double[] out) {
        Interference.relativeGains(d2, n, ref2, alpha, out);
    }

    @Override
    public double rayleighProduct(double[] a, int n, double beta) {
        return Interference.rayleighProduct(a, n, beta);
    }

    @Override
    public void atReceivers(double[] rx, double[] ry, int nr, double[] tx, double[] ty, double[] power, int nt,
                            double[] h, double alpha, double[] out) {
        Interference.atReceivers(rx, ry, nr, tx, ty, power, nt, h, alpha, out);
    }

    @Override
    public void rayleighProducts(double[] a, int n, double[] beta, int m, double[] out) {
        for (int k = 0; k < m; k++) {
            double b = beta[k];
            double q0 = 1;
            double q1 = 1;
            double q2 = 1;
            double q3 = 1;
            int i = 0;
            for (; i + L <= n; i += L) {
                q0 *= Math.fma(b, a[i], 1.0);
                q1 *= Math.fma(b, a[i + 1], 1.0);
                q2 *= Math.fma(b, a[i + 2], 1.0);
                q3 *= Math.fma(b, a[i + 3], 1.0);
            }
            if (i < n) {
                q0 *= Math.fma(b, a[i], 1.0);
            }
            if (i + 1 < n) {
                q1 *= Math.fma(b, a[i + 1], 1.0);
            }
            if (i + 2 < n) {
                q2 *= Math.fma(b, a[i + 2], 1.0);
            }
            out[k] = 1.0 / ((q0 * q1) * (q2 * q3));
        }
    }

    @Override
    public void fillUniform(LaneStreams s, double[] out, int n) {
        for (int c = 0; c < n; c += L) {
            for (int j = 0; j < L; j++) {
                double u = uniform(s.next(j));
                if (c + j < n) {
                    out[c + j] = u;
                }
            }
        }
    }

    @Override
    public void fillExponential(LaneStreams s, double[] out, int n) {
        for (int c = 0; c < n; c += L) {
            for (int j = 0; j < L; j++) {
                double e = negLog(uniform(s.next(j)));
                if (c + j < n) {
                    out[c + j] = e;
                }
            }
        }
    }

    @Override
    public double pppFadedSum(LaneStreams pos, LaneStreams fade, int n, double radius2, double alpha) {
        // Eight partial sums: a0..a3 take the lanes of even steps, a4..a7 those of odd steps
        // (the SIMD twin can hold two steps in one 512-bit register). Steps come in pairs; terms
        // at or past n are drawn but dropped.
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        for (int c = 0; c < n; c += 2 * L) {
            double t0 = term(pos.next(0), fade.next(0), radius2, alpha);
            double t1 = term(pos.next(1), fade.next(1), radius2, alpha);
            double t2 = term(pos.next(2), fade.next(2), radius2, alpha);
            double t3 = term(pos.next(3), fade.next(3), radius2, alpha);
            double t4 = term(pos.next(0), fade.next(0), radius2, alpha);
            double t5 = term(pos.next(1), fade.next(1), radius2, alpha);
            double t6 = term(pos.next(2), fade.next(2), radius2, alpha);
            double t7 = term(pos.next(3), fade.next(3), radius2, alpha);
            if (c + 2 * L <= n) {
                a0 += t0;
                a1 += t1;
                a2 += t2;
                a3 += t3;
                a4 += t4;
                a5 += t5;
                a6 += t6;
                a7 += t7;
            } else {
                int r = n - c;
                a0 += t0;
                a1 += r > 1 ? t1 : 0.0;
                a2 += r > 2 ? t2 : 0.0;
                a3 += r > 3 ? t3 : 0.0;
                a4 += r > 4 ? t4 : 0.0;
                a5 += r > 5 ? t5 : 0.0;
                a6 += r > 6 ? t6 : 0.0;
            }
        }
        return ((a0 + a4) + (a1 + a5)) + ((a2 + a6) + (a3 + a7));
    }

    /** One interferer's faded gain from its position word and fading word. */
    private static double term(long posWord, long fadeWord, double radius2, double alpha) {
        // uniform(posWord) * radius2, rounded once: the same bits as (v 2^-52) radius2.
        double d2 = (Double.longBitsToDouble((posWord >>> 12) | MAGIC) - (TWO52 - 1)) * (radius2 * 0x1p-52);
        double h = fadingNegLog(fadeWord);
        if (alpha == 4.0) {
            return h / (d2 * d2);
        } else if (alpha == 3.0) {
            return h / (d2 * Math.sqrt(d2));
        }
        return h * Math.pow(d2, -0.5 * alpha);
    }
}
