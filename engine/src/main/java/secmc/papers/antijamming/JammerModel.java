package secmc.papers.antijamming;

/**
 * The attacker's strategy (spec anti-jamming.md §2.6, §4.9 step 6, §5.6). It jams one idle channel per slot.
 */
public enum JammerModel {
    /** Plays p_2* of the original stage game built from the true bids (default, all schemes). */
    MINIMAX("minimax"),
    /** Jams an idle channel uniformly at random (ablation). */
    UNIFORM("uniform"),
    /** Best response to the allocation marginals the scheme actually induces this slot (stronger attacker). */
    BEST_RESPONSE("best_response");

    private final String label;

    JammerModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a label. */
    public static JammerModel parse(String s) {
        for (JammerModel v : values()) {
            if (v.label.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("jammer must be one of {minimax, uniform, best_response}, got '" + s + "'");
    }
}
