package secmc.papers.guardzone;

/**
 * How PT activity is simulated (spec section 8).
 */
public enum SimulationMode {
    /**
     * The exact system: a PT is active iff no ER lies within r_g of it, so the active PTs form a
     * true Poisson hole process with all its correlations (the paper's simulation markers).
     */
    EXACT,
    /**
     * Validation mode: every PT (the typical one included) is active independently with
     * probability p_a, i.e. exactly the PPP(lambda_a) the analysis assumes. For p_s each ER
     * additionally ignores the PTs within r_g of itself (the lower limit of eq. (32)); for
     * lambda_ps PTs within r_g of the typical ER are silent (eq. (35)). So p_c and lambda_ps
     * reproduce Theorems 1 and 4 in distribution; p_s differs from Theorem 3 only by the
     * correlation between ERs' SINRs that the theorem ignores.
     */
    THINNED;

    /** Parses {@code exact} or {@code thinned}. */
    public static SimulationMode parse(String s) {
        return switch (s) {
            case "exact" -> EXACT;
            case "thinned" -> THINNED;
            default -> throw new IllegalArgumentException("mode must be one of {exact, thinned}, got '" + s + "'");
        };
    }
}
