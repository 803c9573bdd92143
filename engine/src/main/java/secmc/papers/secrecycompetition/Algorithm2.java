package secmc.papers.secrecycompetition;

/**
 * Algorithm 2 of the paper: projection of the interference price (spec Sec. 6),
 * {@code kappa~(tau) = [kappa~(tau-1) + rho zeta~(p*(kappa~(tau-1)))]^+} from {@code kappa~(0) = 0},
 * each Algorithm 1 warm-started from the previous equilibrium (and its stage). Stops when
 * ({@code kappa~ = 0} and {@code zeta~ <= 0}) or ({@code kappa~ > 0}, relative price change
 * {@code < varsigma} and {@code |zeta~| < zetaTol}) [C10]. With {@code variableStep} the step
 * starts at 1 and halves whenever zeta~ changes sign (never grows). Immutable. The engine's
 * scenarios use the equivalent, faster {@link ScalarNcp}; this one exists to check it.
 *
 * @param rho fixed step (spec: 0.5), or the first step of the variable rule (spec: 1)
 * @param variableStep whether to halve the step at each sign change of zeta~
 * @param varsigma relative price-change tolerance (spec: 1e-6)
 * @param zetaTol tolerance on |zeta~| when the price is positive (spec: 1e-4)
 * @param maxIterations price iterations (spec: 5000)
 * @param alg1 the equilibrium solver
 */
public record Algorithm2(double rho, boolean variableStep, double varsigma, double zetaTol, int maxIterations,
                         Algorithm1 alg1) {
    /** The spec's fixed-step setting. */
    public static final Algorithm2 SPEC = new Algorithm2(0.5, false, 1e-6, 1e-4, 5000, Algorithm1.SPEC);
    /** The spec's variable-step setting. */
    public static final Algorithm2 SPEC_VARIABLE = new Algorithm2(1, true, 1e-6, 1e-4, 5000, Algorithm1.SPEC);
    /** The fixed-step setting with {@link Algorithm1#ENGINE}. */
    public static final Algorithm2 ENGINE = new Algorithm2(0.5, false, 1e-6, 1e-4, 5000, Algorithm1.ENGINE);

    public Algorithm2 {
        if (!(rho > 0) || !(varsigma > 0) || !(zetaTol > 0) || maxIterations < 1 || alg1 == null) {
            throw new IllegalArgumentException("rho, varsigma and zetaTol must be > 0, maxIterations >= 1, alg1 set");
        }
    }

    /** Solves the NCP of {@code scheme} on {@code net}, starting Algorithm 1 at {@code start} (W, flat). */
    public PriceResult solve(Network net, Scheme scheme, double[] start) {
        boolean robust = scheme.robustInterference();
        double kappa = 0;
        double step = rho;
        double[] warm = start.clone();
        double lastZeta = Double.NaN;
        Algorithm1.Result eq = null;
        double zeta = Double.NaN;
        double eqKappa = 0;
        Algorithm1.Stage stage = Algorithm1.Stage.JACOBI;
        for (int tau = 1; tau <= maxIterations; tau++) {
            eq = alg1.solve(net, scheme, kappa, warm, false, stage);
            stage = eq.stage();
            eqKappa = kappa;
            warm = eq.p();
            zeta = net.zetaTilde(warm, robust);
            if (kappa == 0 && zeta <= 0) {
                return new PriceResult(0, eq, zeta, tau, true);
            }
            if (variableStep && tau > 1 && (zeta > 0) != (lastZeta > 0)) {
                step *= 0.5;
            }
            lastZeta = zeta;
            double next = Math.max(0, kappa + step * zeta);
            if (kappa > 0 && Math.abs(next - kappa) / kappa < varsigma && Math.abs(zeta) < zetaTol) {
                return new PriceResult(kappa, eq, zeta, tau, true);
            }
            kappa = next;
        }
        return new PriceResult(eqKappa, eq, zeta, maxIterations, false);
    }
}
