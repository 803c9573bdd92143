package secmc.solver;

import java.util.function.DoubleUnaryOperator;

/**
 * The Illinois variant of regula falsi (Dowell and Jarratt 1971, BIT 11:168-174): a false-position
 * step, with the retained end's function value halved whenever the same end is kept twice, which
 * gives superlinear convergence (order about 1.44) while never leaving the bracket. Robust when f
 * is only piecewise smooth or has small jumps, where it keeps a valid sign-change bracket.
 * Immutable.
 *
 * <p>It stops when {@code |f(x)| <= fTol} (converged), when the bracket is narrower than
 * {@code xTol} (converged: the caller may then pick the end it prefers, e.g. the feasible one),
 * or after {@code maxEvaluations} evaluations (not converged).
 *
 * @param xTol absolute bracket width at which to stop, {@code >= 0}
 * @param fTol tolerance on |f|, {@code >= 0}
 * @param maxEvaluations evaluation budget, {@code >= 1}
 */
public record IllinoisRoot(double xTol, double fTol, int maxEvaluations) {
    public IllinoisRoot {
        if (!(xTol >= 0)) {
            throw new IllegalArgumentException("xTol must be >= 0, got " + xTol);
        }
        if (!(fTol >= 0)) {
            throw new IllegalArgumentException("fTol must be >= 0, got " + fTol);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
    }

    /**
     * Finds a root of {@code f} in {@code [lo, hi]} given the end values.
     *
     * @param f the function (may be stateful, e.g. warm-started; called only inside the bracket)
     * @param lo lower end
     * @param hi upper end, {@code > lo}
     * @param fLo {@code f(lo)}
     * @param fHi {@code f(hi)}, of opposite sign to {@code fLo} or zero
     * @throws IllegalArgumentException if the ends are not ordered, not finite or do not bracket
     */
    public RootResult solve(DoubleUnaryOperator f, double lo, double hi, double fLo, double fHi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
            throw new IllegalArgumentException("need finite lo < hi, got [" + lo + ", " + hi + "]");
        }
        if (!(fLo * fHi <= 0)) {
            throw new IllegalArgumentException("f(lo) = " + fLo + " and f(hi) = " + fHi + " do not bracket a root");
        }
        // gLo, gHi: the working (Illinois-scaled) end values; fLo, fHi stay the true values.
        double gLo = fLo;
        double gHi = fHi;
        int evaluations = 0;
        int lastKept = 0; // -1: lo was kept in the last step, +1: hi was kept
        while (true) {
            if (Math.abs(fLo) <= fTol || fLo == 0) {
                return new RootResult(lo, fLo, lo, hi, fLo, fHi, evaluations, true);
            }
            if (Math.abs(fHi) <= fTol || fHi == 0) {
                return new RootResult(hi, fHi, lo, hi, fLo, fHi, evaluations, true);
            }
            boolean narrow = hi - lo <= xTol;
            if (narrow || evaluations >= maxEvaluations) {
                boolean loBetter = Math.abs(fLo) <= Math.abs(fHi);
                return new RootResult(loBetter ? lo : hi, loBetter ? fLo : fHi, lo, hi, fLo, fHi, evaluations, narrow);
            }
            double x = (lo * gHi - hi * gLo) / (gHi - gLo);
            if (!(x > lo && x < hi)) {
                x = 0.5 * (lo + hi);
            }
            double fx = f.applyAsDouble(x);
            evaluations++;
            if ((fx > 0) == (fLo > 0)) {
                // the root is in [x, hi]: hi is kept
                lo = x;
                fLo = fx;
                gLo = fx;
                if (lastKept == 1) {
                    gHi *= 0.5;
                }
                lastKept = 1;
            } else {
                hi = x;
                fHi = fx;
                gHi = fx;
                if (lastKept == -1) {
                    gLo *= 0.5;
                }
                lastKept = -1;
            }
        }
    }
}
