package secmc.kernel;

/**
 * The hot batch kernels, in a scalar specification ({@link ScalarKernel}) and a Vector-API twin
 * ({@code secmc.kernel.simd.VectorKernel}); {@link Kernels#get()} picks one at start-up.
 *
 * <p>Two kinds of operation:
 * <ul>
 * <li>Element-wise twins of {@link Interference} ({@link #sum}, {@link #relativeGains},
 * {@link #rayleighProduct}, {@link #atReceivers}): the SIMD twin may sum in another order, so
 * it agrees with the scalar kernel within a stated relative tolerance, not bit for bit.</li>
 * <li>Lane-ordered kernels ({@link #fillUniform}, {@link #fillExponential},
 * {@link #pppFadedSum}, {@link #rayleighProducts}): their specification fixes the arithmetic
 * and the order of every operation, four lanes at a time, so both twins give the same bits and
 * a scenario built on them gives the same results with or without the Vector API.</li>
 * </ul>
 *
 * <p>Every method is allocation-free; arrays are caller-owned and only {@code out} arguments
 * are written.
 */
public interface Kernel {
    /** {@code "scalar"} or {@code "vector"}. */
    String name();

    /**
     * Aggregate interference {@code sum_i h[i] d2[i]^(-alpha/2)}; twin of
     * {@link Interference#sum}.
     */
    double sum(double[] d2, double[] h, int n, double alpha);

    /** {@code out[i] = (ref2 / d2[i])^(alpha/2)}; twin of {@link Interference#relativeGains}. */
    void relativeGains(double[] d2, int n, double ref2, double alpha, double[] out);

    /** {@code prod_i 1/(1 + beta a[i])}; twin of {@link Interference#rayleighProduct}. */
    double rayleighProduct(double[] a, int n, double beta);

    /**
     * Interference at many receivers; twin of {@link Interference#atReceivers}.
     */
    void atReceivers(double[] rx, double[] ry, int nr, double[] tx, double[] ty, double[] power, int nt,
                     double[] h, double alpha, double[] out);

    /**
     * The Rayleigh-conditional factor for many thresholds at once (lane-ordered):
     * {@code out[k] = 1 / P_k} with {@code P_k = (q0 q1)(q2 q3)}, {@code q_j} the product, in index
     * order, of {@code fma(beta[k], a[i], 1)} over the {@code i < n} with {@code i mod 4 = j}. Equal to
     * {@code prod_i 1/(1 + beta[k] a[i])} within {@code n} ulps (relative); an overflowing product
     * gives 0, its limit.
     *
     * @param a relative gains, {@code >= 0}; not modified
     * @param beta thresholds (linear), {@code >= 0}; not modified
     * @param out written at {@code [0, m)}
     */
    void rayleighProducts(double[] a, int n, double[] beta, int m, double[] out);

    /**
     * Bulk uniform deviates in (0, 1] (lane-ordered): {@code out[4c + j] = ((w >>> 12) + 1) 2^-52}
     * with {@code w} the {@code c}-th word of lane {@code j}. Steps every lane
     * {@code ceil(n / 4)} times (unused words of the last step are dropped).
     */
    void fillUniform(LaneStreams s, double[] out, int n);

    /**
     * Bulk Exp(1) deviates (lane-ordered): {@code out[i] = negLog(u_i)} with {@code u_i} as in
     * {@link #fillUniform} and {@link ScalarKernel#negLog} (within 1 ulp of {@code -log u}).
     * Same consumption as {@link #fillUniform}.
     */
    void fillExponential(LaneStreams s, double[] out, int n);

    /**
     * One realization of the Rayleigh-faded interference from {@code n} points uniform in a
     * disk centred at the receiver (lane-ordered): point {@code i = 4c + j} has squared distance
     * {@code d2 = u radius2} (one rounding: {@code v (radius2 2^-52)}, {@code v = 2^52 u}) with
     * {@code u} from word {@code c} of lane {@code j} of {@code pos}, and power gain
     * {@code h = fadingNegLog(word)} ({@link ScalarKernel#fadingNegLog}: {@code -log} of the
     * uniform deviate of word {@code c} of lane {@code j} of {@code fade}, within 1e-13 relative;
     * cheaper than {@link ScalarKernel#negLog}); term {@code h / (d2 d2)} for alpha = 4, {@code h / (d2 sqrt(d2))} for
     * alpha = 3, else {@code h * pow(d2, -alpha/2)}. Eight partial sums, each from +0 in index
     * order: the term of point {@code 4c + j} goes to {@code acc[4 (c mod 2) + j]} (so two
     * consecutive steps fill one 512-bit register); the result is
     * {@code ((acc0 + acc4) + (acc1 + acc5)) + ((acc2 + acc6) + (acc3 + acc7))}; a dropped term
     * adds +0 (terms are finite and >= 0, so that changes no bit). Steps come in pairs: each of
     * {@code pos}, {@code fade} is stepped {@code 2 ceil(n / 8)} times (terms at or past n are
     * drawn and dropped). Nothing is stored.
     *
     * @param radius2 squared disk radius (m^2)
     * @param alpha path-loss exponent
     * @return the interference (relative to unit transmit power)
     */
    double pppFadedSum(LaneStreams pos, LaneStreams fade, int n, double radius2, double alpha);
}
