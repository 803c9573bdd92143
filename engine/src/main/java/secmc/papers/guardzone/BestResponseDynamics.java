package secmc.papers.guardzone;

/**
 * The simultaneous best-response algorithm (26) of the guard-zone game (Kishk and Dhillon
 * 2018, Section IV; spec section 5): r_g^(k) = r_g^*(lambda_S^(k-1)) and
 * lambda_S^(k) = lambda_S^*(r_g^(k-1)), from r_g^(0) = 0 and lambda_S^(0) = lambda_S^max
 * (PROPOSED init), until both iterates move by at most the tolerances. Immutable.
 *
 * <p>Because the update is simultaneous, the two interleaved chains decouple and each value
 * is repeated once (spec section 11.5). The returned equilibrium is checked by its
 * best-response gap; an infeasible r_g best response (NaN) stops the iteration unconverged.
 */
public final class BestResponseDynamics {
    /** Default r_g tolerance (m), spec section 5. */
    public static final double DEFAULT_RG_TOL = 1e-4;
    /** Default lambda_S tolerance relative to lambda_S^max, spec section 5. */
    public static final double DEFAULT_LAMBDA_REL_TOL = 1e-4;
    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;
    /** Settling band for r_g (m) and for rho (fraction of lambda_S^max), spec section 5. */
    static final double SETTLE_RG = 0.02;
    static final double SETTLE_RHO = 0.01;

    private final double rgTol;
    private final double lambdaRelTol;
    private final int maxIterations;

    public BestResponseDynamics() {
        this(DEFAULT_RG_TOL, DEFAULT_LAMBDA_REL_TOL, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param rgTol r_g tolerance (m), {@code > 0}
     * @param lambdaRelTol lambda_S tolerance as a fraction of lambda_S^max, {@code > 0}
     * @param maxIterations iteration limit, {@code >= 1}
     */
    public BestResponseDynamics(double rgTol, double lambdaRelTol, int maxIterations) {
        if (!(rgTol > 0)) {
            throw new IllegalArgumentException("rgTol must be > 0 (m), got " + rgTol);
        }
        if (!(lambdaRelTol > 0)) {
            throw new IllegalArgumentException("lambdaRelTol must be > 0, got " + lambdaRelTol);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        this.rgTol = rgTol;
        this.lambdaRelTol = lambdaRelTol;
        this.maxIterations = maxIterations;
    }

    /** Iterates (26) until convergence or the limit; the model's r_g and lambda_S are ignored. */
    public EquilibriumResult solve(GuardZoneModel m) {
        return run(m, maxIterations, true);
    }

    /** Exactly {@code k} iterations of (26) (the Fig. 10 trajectory), with the convergence flags of the last step. */
    public EquilibriumResult trajectory(GuardZoneModel m, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        return run(m, k, false);
    }

    private EquilibriumResult run(GuardZoneModel m, int limit, boolean stopWhenConverged) {
        double max = m.lambdaSMax();
        double[] rg = new double[limit + 1];
        double[] ls = new double[limit + 1];
        rg[0] = 0;
        ls[0] = max;
        int k = 0;
        boolean converged = false;
        boolean failed = false;
        while (k < limit) {
            k++;
            rg[k] = BestResponses.rgStar(m.withLambdaS(ls[k - 1]));
            ls[k] = BestResponses.lambdaSStar(m.withRg(rg[k - 1]));
            if (Double.isNaN(rg[k]) || Double.isNaN(ls[k])) {
                failed = true;
                break;
            }
            converged = Math.abs(rg[k] - rg[k - 1]) <= rgTol && Math.abs(ls[k] - ls[k - 1]) <= lambdaRelTol * max;
            if (converged && stopWhenConverged) {
                break;
            }
        }
        double[] rgOut = java.util.Arrays.copyOf(rg, k + 1);
        double[] lsOut = java.util.Arrays.copyOf(ls, k + 1);
        if (failed) {
            return new EquilibriumResult(rgOut, lsOut, k, false, -1, Double.NaN, Double.NaN);
        }
        double rNe = rg[k];
        double lNe = ls[k];
        double rgGap = Math.abs(BestResponses.rgStar(m.withLambdaS(lNe)) - rNe);
        double lambdaGap = Math.abs(BestResponses.lambdaSStar(m.withRg(rNe)) - lNe);
        int settled = -1;
        if (converged) {
            settled = k;
            for (int j = k; j >= 0; j--) {
                if (Math.abs(rg[j] - rNe) <= SETTLE_RG && Math.abs(ls[j] - lNe) <= SETTLE_RHO * max) {
                    settled = j;
                } else {
                    break;
                }
            }
        }
        return new EquilibriumResult(rgOut, lsOut, k, converged, settled, rgGap, lambdaGap);
    }
}
