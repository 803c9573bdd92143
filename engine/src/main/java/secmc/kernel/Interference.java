package secmc.kernel;

/**
 * Scalar batch kernels for aggregate interference under power-law path loss. These are the
 * specification; a SIMD twin (kernel/simd) must match them element-wise.
 *
 * <p>Path-loss gains are computed from squared distances, {@code g = d2^(-alpha/2)}, with the
 * common exponents 4 and 3 special-cased to avoid {@code Math.pow} in the hot loop (results
 * equal {@code Math.pow} to within a few ulps).
 */
public final class Interference {
    private Interference() {
    }

    /**
     * Aggregate interference {@code sum_i h[i] * d2[i]^(-alpha/2)} (received power relative to
     * unit transmit power, Rayleigh power gains {@code h}).
     *
     * @param d2 squared distances (m^2), {@code > 0}; not modified
     * @param h fading power gains; not modified
     * @param n number of interferers to sum
     * @param alpha path-loss exponent, {@code > 2}
     * @return the sum (0 when {@code n == 0})
     */
    public static double sum(double[] d2, double[] h, int n, double alpha) {
        double s = 0;
        if (alpha == 4.0) {
            for (int i = 0; i < n; i++) {
                s += h[i] / (d2[i] * d2[i]);
            }
        } else if (alpha == 3.0) {
            for (int i = 0; i < n; i++) {
                s += h[i] / (d2[i] * Math.sqrt(d2[i]));
            }
        } else {
            double e = -0.5 * alpha;
            for (int i = 0; i < n; i++) {
                s += h[i] * Math.pow(d2[i], e);
            }
        }
        return s;
    }

    /**
     * Path-loss gains relative to a reference distance: {@code out[i] = (ref2 / d2[i])^(alpha/2)},
     * i.e. {@code (r_o / r_i)^alpha}. Used by the conditional estimator.
     *
     * @param d2 squared distances (m^2); not modified
     * @param ref2 squared reference distance (m^2)
     * @param out written at {@code [0, n)}
     */
    public static void relativeGains(double[] d2, int n, double ref2, double alpha, double[] out) {
        if (alpha == 4.0) {
            for (int i = 0; i < n; i++) {
                double q = ref2 / d2[i];
                out[i] = q * q;
            }
        } else if (alpha == 3.0) {
            for (int i = 0; i < n; i++) {
                double q = ref2 / d2[i];
                out[i] = q * Math.sqrt(q);
            }
        } else {
            double e = 0.5 * alpha;
            for (int i = 0; i < n; i++) {
                out[i] = Math.pow(ref2 / d2[i], e);
            }
        }
    }

    /**
     * The Rayleigh-conditional interference factor {@code prod_i 1 / (1 + beta * a[i])}: the
     * probability, given interferer positions, that Exp(1)-faded interference stays below the
     * level the signal tolerates (Laplace transform of the interference, conditioned on the
     * point positions). Underflows to 0 gracefully for huge interference.
     *
     * @param a relative gains {@code (r_o / r_i)^alpha}; not modified
     * @param beta SINR threshold (linear), {@code >= 0}
     */
    public static double rayleighProduct(double[] a, int n, double beta) {
        double p = 1;
        for (int i = 0; i < n; i++) {
            p /= 1 + beta * a[i];
        }
        return p;
    }

    /**
     * Interference at many receivers from many transmitters (e.g. every eavesdropper of a
     * guard-zone realization): {@code out[j] = sum_i power[i] h[j nt + i] l(d2_ji)} with
     * {@code d2_ji = (tx[i] - rx[j])^2 + (ty[i] - ry[j])^2} and {@code l(d2) = d2^(-alpha/2)}
     * (alpha 4 and 3 computed as {@code 1/(d2 d2)} and {@code 1/(d2 sqrt(d2))}); the sum over
     * {@code i} runs in index order. The caller excludes a receiver's own transmitter (or puts
     * a zero power or gain there): a zero distance gives an infinite term.
     *
     * @param rx receiver x coordinates (m), {@code [0, nr)} used; not modified
     * @param ry receiver y coordinates (m); not modified
     * @param tx transmitter x coordinates (m), {@code [0, nt)} used; not modified
     * @param ty transmitter y coordinates (m); not modified
     * @param power transmit powers (W), or {@code null} for unit power; not modified
     * @param h fading power gains, row-major {@code nr x nt} ({@code h[j * nt + i]} for the link
     *     from transmitter {@code i} to receiver {@code j}), or {@code null} for no fading; not modified
     * @param alpha path-loss exponent, {@code > 2}
     * @param out written at {@code [0, nr)} (W, or relative to unit power)
     */
    public static void atReceivers(double[] rx, double[] ry, int nr, double[] tx, double[] ty, double[] power,
                                   int nt, double[] h, double alpha, double[] out) {
        double e = -0.5 * alpha;
        for (int j = 0; j < nr; j++) {
            double x = rx[j];
            double y = ry[j];
            int row = j * nt;
            double s = 0;
            for (int i = 0; i < nt; i++) {
                double dx = tx[i] - x;
                double dy = ty[i] - y;
                double d2 = dx * dx + dy * dy;
                double w = (power == null ? 1.0 : power[i]) * (h == null ? 1.0 : h[row + i]);
                if (alpha == 4.0) {
                    s += w / (d2 * d2);
                } else if (alpha == 3.0) {
                    s += w / (d2 * Math.sqrt(d2));
                } else {
                    s += w * Math.pow(d2, e);
                }
            }
            out[j] = s;
        }
    }
}
