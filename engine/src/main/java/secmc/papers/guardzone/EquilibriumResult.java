package secmc.papers.guardzone;

/**
 * The outcome of the best-response dynamics (26) of the guard-zone game.
 *
 * @param rg r_g^(k) for k = 0..iterations (m); index 0 is the initial value
 * @param lambdaS lambda_S^(k) for k = 0..iterations (1/m^2)
 * @param iterations the last k computed
 * @param converged whether both iterates moved by at most the tolerances in the last step
 * @param settledIteration first k from which both iterates stay within 1 % of lambda_S^max (rho)
 *     and 0.02 m (r_g) of the final values (spec section 5); -1 if not converged
 * @param rgGap best-response gap at the result, |r_g^*(lambda_S^NE) - r_g^NE| (m)
 * @param lambdaGap best-response gap at the result, |lambda_S^*(r_g^NE) - lambda_S^NE| (1/m^2)
 */
public record EquilibriumResult(double[] rg, double[] lambdaS, int iterations, boolean converged,
                                int settledIteration, double rgGap, double lambdaGap) {
    public EquilibriumResult {
        rg = rg.clone();
        lambdaS = lambdaS.clone();
    }

    @Override
    public double[] rg() {
        return rg.clone();
    }

    @Override
    public double[] lambdaS() {
        return lambdaS.clone();
    }

    /** r_g^NE, the last r_g iterate (m). */
    public double rgNe() {
        return rg[iterations];
    }

    /** lambda_S^NE, the last lambda_S iterate (1/m^2). */
    public double lambdaSNe() {
        return lambdaS[iterations];
    }
}
