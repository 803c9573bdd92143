package secmc.papers.antijamming;

/**
 * The Boltzmann-Gibbs (imitative) strategy of the PD-game, seed eq. (11) = orig. (17)
 * (spec anti-jamming.md §5.5):
 * \( \sigma(j) = q(j) e^{\hat u(j)/\varepsilon} / \sum_{j'} q(j') e^{\hat u(j')/\varepsilon} \),
 * computed in log space (\( \log q(j) + (\hat u(j) - \max \hat u)/\varepsilon \), maximum subtracted) so that
 * large payoff-to-temperature ratios neither overflow nor underflow to 0/0. Stateless.
 */
public final class BoltzmannGibbs {
    private BoltzmannGibbs() {
    }

    /**
     * Writes sigma into {@code out}. Entries with q = 0 get sigma = 0 (log q = -infinity).
     *
     * @param q current mixed strategy over the K available choices, entries >= 0, at least one > 0
     * @param u estimated payoffs (utility units), finite
     * @param epsilon temperature (utility units), > 0
     * @param out length >= K; modified (entries 0..K-1)
     * @param k number of choices K, >= 1
     */
    public static void sigma(double[] q, double[] u, double epsilon, double[] out, int k) {
        // Shift the payoffs by their maximum before dividing by epsilon: with u/eps ~ 1e300 the
        // sum log q + u/eps would lose log q entirely; (u - u_max)/eps keeps equal payoffs at 0.
        double uMax = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (q[c] > 0) {
                uMax = Math.max(uMax, u[c]);
            }
        }
        if (uMax == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("q must have a positive entry");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            out[c] = q[c] > 0 ? Math.log(q[c]) + (u[c] - uMax) / epsilon : Double.NEGATIVE_INFINITY;
            max = Math.max(max, out[c]);
        }
        double z = 0;
        for (int c = 0; c < k; c++) {
            out[c] = Math.exp(out[c] - max);
            z += out[c];
        }
        // z >= 1: the maximal entry contributes exp(0).
        for (int c = 0; c < k; c++) {
            out[c] /= z;
        }
    }
}
