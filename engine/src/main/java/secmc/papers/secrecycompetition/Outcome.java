package secmc.papers.secrecycompetition;

/**
 * A scheme's equilibrium evaluated under the worst case (spec Secs. 7 and 8.3).
 *
 * @param sbs J
 * @param sumPower network sum power sum_j sum_k p_j(k) (W)
 * @param sumSecrecy network sum of worst-case secrecy rates sum_j C-bar_j(p*) (bits/s/Hz)
 * @param interferenceWorst sum p h^ + chi_e ||h^|| ||p|| at the MUE (W)
 * @param interferenceNominal sum p h^ (W)
 * @param threshold I^th (W)
 * @param floorFraction fraction of (Eve, channel) pairs where the floor of (23) is active at p*
 * @param kappa the normalised price kappa~*
 * @param stage which stage of Algorithm 1 converged at the final price
 * @param priceConverged whether the NCP solver met its tolerance
 */
public record Outcome(int sbs, double sumPower, double sumSecrecy, double interferenceWorst,
                     double interferenceNominal, double threshold, double floorFraction, double kappa,
                     Algorithm1.Stage stage, boolean priceConverged) {
    /** Tolerance of the violation test: worst-case interference above 1.001 I^th (spec Sec. 8.3). */
    public static final double VIOLATION_FACTOR = 1.001;

    /** Evaluates the equilibrium of {@code r} on {@code net}. */
    public static Outcome of(Network net, PriceResult r) {
        double[] p = r.p();
        double power = 0;
        for (double v : p) {
            power += v;
        }
        double secrecy = 0;
        for (int j = 0; j < net.sbs(); j++) {
            secrecy += net.secrecyWorst(j, p);
        }
        double floor = net.floorCount(p) / (double) net.size();
        return new Outcome(net.sbs(), power, secrecy, net.interferenceWorst(p), net.interferenceNominal(p),
                net.model().iTh(), floor, r.kappa(), r.equilibrium().stage(), r.converged());
    }

    /** Whether the worst-case interference exceeds 1.001 I^th. */
    public boolean violates() {
        return interferenceWorst > VIOLATION_FACTOR * threshold;
    }

    /** Whether Algorithm 1 and the price both converged. */
    public boolean converged() {
        return stage != Algorithm1.Stage.NOT_CONVERGED && priceConverged;
    }

    /** Whether every value is finite. */
    public boolean finite() {
        return Double.isFinite(sumPower) && Double.isFinite(sumSecrecy) && Double.isFinite(interferenceWorst)
                && Double.isFinite(interferenceNominal) && Double.isFinite(floorFraction) && Double.isFinite(kappa);
    }
}
