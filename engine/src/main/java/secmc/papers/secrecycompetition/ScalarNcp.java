package secmc.papers.secrecycompetition;

import java.util.HashMap;
import java.util.Map;
import secmc.solver.IllinoisRoot;
import secmc.solver.RootResult;

/**
 * The equivalent scalar solver of the pricing NCP for one MUE (spec Sec. 6, recommended for the
 * engine): {@code kappa~* = 0} if {@code zeta~(p*(0)) <= 0}; otherwise the root of
 * {@code zeta~(p*(kappa~)) = 0} is bracketed in {@code log kappa~} (start at 1, factors of 8) and
 * found by Illinois (modified regula falsi) in {@code log kappa~}, each Algorithm 1 warm-started
 * from the last equilibrium (and from the Algorithm 1 stage that reached it), stopping at {@code |zeta~| <= zetaTol}. If zeta~ jumps over 0 (the
 * priced NEP has several equilibria) it stops when the log-bracket is narrower than
 * {@code logBracketTol} and returns the feasible end ({@code zeta~ <= 0}). With an adaptive
 * Algorithm 1 ({@link #ENGINE}), once Algorithm 1 has not converged at one price, later prices
 * get only {@link #RETRY_SWEEPS} Gauss-Seidel sweeps (PROPOSED, for cost). Immutable.
 *
 * @param zetaTol tolerance on |zeta~| (spec: 1e-6)
 * @param logBracketTol width of the log-price bracket at which to stop (spec: 1e-10)
 * @param maxEvaluations Algorithm 1 runs allowed in the Illinois phase
 * @param alg1 the equilibrium solver
 */
public record ScalarNcp(double zetaTol, double logBracketTol, int maxEvaluations, Algorithm1 alg1) {
    /** The spec's Sec. 6 settings. */
    public static final ScalarNcp SPEC = new ScalarNcp(1e-6, 1e-10, 200, Algorithm1.SPEC);
    /** The spec's settings with {@link Algorithm1#ENGINE}: what the scenarios use. */
    public static final ScalarNcp ENGINE = new ScalarNcp(1e-6, 1e-10, 200, Algorithm1.ENGINE);
    /** Bracketing moves by this factor in kappa~. */
    static final double FACTOR = 8;
    /** Gauss-Seidel sweeps of later runs after Algorithm 1 failed once (ENGINE only). */
    static final int RETRY_SWEEPS = 100;
    /** Bracketing gives up after this many moves (8^60 ~ 1e54). */
    static final int MAX_BRACKET = 60;

    public ScalarNcp {
        if (!(zetaTol > 0) || !(logBracketTol > 0) || maxEvaluations < 1 || alg1 == null) {
            throw new IllegalArgumentException("zetaTol and logBracketTol must be > 0, maxEvaluations >= 1, alg1 set");
        }
    }

    /** Solves the NCP of {@code scheme} on {@code net}, starting Algorithm 1 at {@code start} (W, flat). */
    public PriceResult solve(Network net, Scheme scheme, double[] start) {
        return solve(net, scheme, start, priceFree(net, scheme, start));
    }

    /**
     * The first Algorithm 1 run of {@link #solve}: the equilibrium at price 0 from {@code start}.
     * At price 0 the best-response problems have {@code c = 0} and {@code w = 0}, so this depends
     * neither on I^th nor on the MUE uncertainty chi_e nor on whether the MUE is protected robustly
     * (RR and RN share it): a caller solving several such points on one topology computes it once
     * and passes it to {@link #solve(Network, Scheme, double[], Algorithm1.Result)}.
     */
    public Algorithm1.Result priceFree(Network net, Scheme scheme, double[] start) {
        return alg1.solve(net, scheme, 0, start, false, Algorithm1.Stage.JACOBI);
    }

    /**
     * {@link #solve(Network, Scheme, double[])} given its first run, {@code atZero} =
     * {@link #priceFree}{@code (net', scheme', start)} for a network and scheme with the same
     * price-0 problems (same result, bit for bit).
     */
    public PriceResult solve(Network net, Scheme scheme, double[] start, Algorithm1.Result atZero) {
        boolean robust = scheme.robustInterference();
        Eval f = new Eval(net, scheme, robust, start);
        double z0 = f.accept(atZero);
        if (z0 <= 0) {
            return new PriceResult(0, f.last, z0, f.runs, true);
        }
        double uLo;
        double uHi;
        double zLo;
        double zHi;
        double u = 0;
        double z = f.applyLog(u);
        double step = Math.log(FACTOR);
        if (z > 0) {
            uLo = u;
            zLo = z;
            int i = 0;
            do {
                u += step;
                z = f.applyLog(u);
                if (z > 0) {
                    uLo = u;
                    zLo = z;
                }
            } while (z > 0 && ++i < MAX_BRACKET);
            uHi = u;
            zHi = z;
        } else {
            uHi = u;
            zHi = z;
            int i = 0;
            do {
                u -= step;
                z = f.applyLog(u);
                if (z <= 0) {
                    uHi = u;
                    zHi = z;
                }
            } while (z <= 0 && ++i < MAX_BRACKET);
            uLo = u;
            zLo = z;
        }
        if (!(zLo > 0 && zHi <= 0)) {
            // No sign change within the bracketing range: return the best feasible point found.
            Algorithm1.Result eq = f.at(uHi);
            return new PriceResult(Math.exp(uHi), eq, zHi, f.runs, false);
        }
        if (zHi == 0) {
            return new PriceResult(Math.exp(uHi), f.at(uHi), 0, f.runs, true);
        }
        RootResult r = new IllinoisRoot(logBracketTol, zetaTol, maxEvaluations).solve(f::applyLog, uLo, uHi, zLo, zHi);
        double uStar;
        double zStar;
        if (Math.abs(r.residual()) <= zetaTol) {
            uStar = r.root();
            zStar = r.residual();
        } else {
            // The bracket closed without |zeta~| <= tol: zeta~ jumps; take the feasible (upper) end.
            uStar = r.upper();
            zStar = r.fUpper();
        }
        return new PriceResult(Math.exp(uStar), f.at(uStar), zStar, f.runs, r.converged());
    }

    /** zeta~ as a function of log kappa~, warm-starting Algorithm 1 and remembering every equilibrium. */
    private final class Eval {
        final Network net;
        final Scheme scheme;
        final boolean robust;
        final Map<Double, Algorithm1.Result> seen = new HashMap<>();
        double[] warm;
        Algorithm1.Stage stage = Algorithm1.Stage.JACOBI;
        Algorithm1.Result last;
        int runs;

        Eval(Network net, Scheme scheme, boolean robust, double[] start) {
            this.net = net;
            this.scheme = scheme;
            this.robust = robust;
            this.warm = start.clone();
        }

        double zeta(double kappa) {
            // Warm start: the last equilibrium and the stage that reached it.
            // Once Algorithm 1 has failed at some price (typically a knife-edge equilibrium at the
            // floor of (23), where no damping converges), later prices get a short Gauss-Seidel
            // budget: the full 1000 sweeps would only repeat the failure at 10x the cost.
            Algorithm1 a1 = stage == Algorithm1.Stage.NOT_CONVERGED && alg1.adaptive()
                    ? new Algorithm1(alg1.sigma(), alg1.jacobiIterations(), alg1.dampedIterations(),
                            Math.min(alg1.gaussSeidelIterations(), RETRY_SWEEPS), true)
                    : alg1;
            return accept(a1.solve(net, scheme, kappa, warm, false, stage));
        }

        /** Records one Algorithm 1 run (the next warm start) and returns zeta~ at its end point. */
        double accept(Algorithm1.Result run) {
            last = run;
            runs++;
            warm = last.p();
            stage = last.stage();
            return net.zetaTilde(warm, robust);
        }

        double applyLog(double u) {
            double z = zeta(Math.exp(u));
            seen.put(u, last);
            return z;
        }

        Algorithm1.Result at(double u) {
            Algorithm1.Result r = seen.get(u);
            if (r == null) {
                throw new IllegalStateException("no equilibrium recorded at log kappa " + u);
            }
            return r;
        }
    }
}
