package secmc.papers.antijamming;

/**
 * How channels are allocated each slot (spec anti-jamming.md §4.9, §5.5a, §9.2).
 */
public enum Scheme {
    /** Centralized PC-game: the coordinator samples a complete allocation from the LP's p_1* (§4.9). */
    PC("PC"),
    /** Decentralized PD-game as reconstructed for the figures: total realized gain as utility, learner state y, two-timescale rates (§5.5a). */
    PD_REPRO("PD_REPRO"),
    /** Decentralized PD-game as printed: utility a - p, learner state (y, gamma_i, b_i), lambda = mu / n^(1+beta) (§5.5a). */
    PD_LITERAL("PD_LITERAL"),
    /** Baseline: every idle channel to a distinct SU drawn uniformly at random. */
    RANDOM("random");

    private final String label;

    Scheme(String label) {
        this.label = label;
    }

    /** The name used in parameters and curve labels. */
    public String label() {
        return label;
    }

    /** Whether this is one of the two PD-game variants. */
    public boolean decentralized() {
        return this == PD_REPRO || this == PD_LITERAL;
    }

    /** Parses a label ({@code PC}, {@code PD_REPRO}, {@code PD_LITERAL}, {@code random}). */
    public static Scheme parse(String s) {
        for (Scheme v : values()) {
            if (v.label.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("scheme must be one of {PC, PD_REPRO, PD_LITERAL, random}, got '" + s + "'");
    }
}
