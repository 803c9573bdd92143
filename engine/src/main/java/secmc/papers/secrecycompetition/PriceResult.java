package secmc.papers.secrecycompetition;

/**
 * A solution of the pricing NCP {@code 0 <= kappa~ ⊥ zeta~(p*(kappa~)) <= 0} (paper (28)-(29),
 * spec Sec. 6) with the equilibrium at that price.
 *
 * @param kappa the normalised price kappa~* ({@code >= 0})
 * @param equilibrium Algorithm 1's result at {@code kappa}
 * @param zetaTilde zeta~ at the equilibrium (robust or nominal per scheme)
 * @param evaluations Algorithm 1 runs (price iterations)
 * @param converged whether the price met its tolerance (or the NCP's bracket closed) within budget
 */
public record PriceResult(double kappa, Algorithm1.Result equilibrium, double zetaTilde, int evaluations,
                          boolean converged) {
    /** The equilibrium powers (W), flat. */
    public double[] p() {
        return equilibrium.p();
    }
}
