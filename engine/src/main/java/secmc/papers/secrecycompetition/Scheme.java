package secmc.papers.secrecycompetition;

/**
 * The three designs compared in the paper's Sec. VI-C (spec Sec. 7). Every scheme is evaluated
 * at its own equilibrium under the worst case (robust secrecy of (21)-(23), robust interference).
 */
public enum Scheme {
    /** The proposal: robust SUE secrecy (b of (23)) and robust MUE protection (zeta with sqrt(e)||p||). */
    RR(true, true),
    /** Robust SUE secrecy, nominal MUE protection (zeta^nom = sum p h^ - I^th, w = 0). */
    RN(true, false),
    /** Nominal SUE secrecy (b^nom without the epsilon terms) and nominal MUE protection. */
    NN(false, false);

    private final boolean robustSecrecy;
    private final boolean robustInterference;

    Scheme(boolean robustSecrecy, boolean robustInterference) {
        this.robustSecrecy = robustSecrecy;
        this.robustInterference = robustInterference;
    }

    /** Whether the best response uses the robust b_j(k) of (23). */
    public boolean robustSecrecy() {
        return robustSecrecy;
    }

    /** Whether the price and the NCP use the robust zeta of spec Sec. 2.2 (w > 0). */
    public boolean robustInterference() {
        return robustInterference;
    }
}
