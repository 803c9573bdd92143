package secmc.papers.guardzone;

import java.util.function.DoubleUnaryOperator;

/**
 * The two players' best responses of the guard-zone game (Kishk and Dhillon 2018, Section IV,
 * eqs. (21)-(22); numerics of spec section 5, PROPOSED), on the theory of {@link GuardZoneTheory}.
 * Immutable; the grids and tolerances are fixed constants stated below.
 */
public final class BestResponses {
    /** (21): r_g scan step (m). */
    public static final double RG_STEP = 0.05;
    /** (21): upper end of the r_g scan (m). */
    public static final double RG_HIGH = 20;
    /** (21): bisection tolerance on r_g (m). */
    public static final double RG_TOL = 1e-6;
    /** (22): number of lambda_S grid points in (lambda_S^max/200, lambda_S^max]. */
    public static final int LAMBDA_POINTS = 200;
    /** (22): golden-section tolerance, relative to lambda_S^max (1e-9 of it; spec: "x tolerance 1e-9"). */
    public static final double LAMBDA_REL_TOL = 1e-9;

    private BestResponses() {
    }

    /**
     * Eq. (21): the primary network's best response r_g^*(lambda_S) (m): the maximiser of
     * p_c(r_g) 1(p_s(r_g) >= epsilon) over r_g in [0, 20] m. If kappa <= 1, p_c decreases in
     * r_g (Theorem 2) and the answer is the smallest feasible r_g: the first feasible grid point,
     * refined by bisection on p_s - epsilon inside the preceding step. p_s need not be monotone,
     * so this can jump as lambda_S changes (spec section 5: correct, not smoothed). If kappa > 1,
     * the candidates are r_g^max when feasible and every refined feasibility boundary.
     *
     * @return r_g^* (m), or NaN when no r_g in [0, 20] m is feasible
     */
    public static double rgStar(GuardZoneModel m) {
        DoubleUnaryOperator slack = r -> GuardZoneTheory.ps(m.withRg(r)) - m.epsilon();
        int n = (int) Math.round(RG_HIGH / RG_STEP);
        if (GuardZoneTheory.kappa(m) <= 1) {
            double prev = 0;
            for (int k = 0; k <= n; k++) {
                double r = k * RG_STEP;
                if (slack.applyAsDouble(r) >= 0) {
                    return k == 0 ? 0 : bisectFeasible(slack, prev, r);
                }
                prev = r;
            }
            return Double.NaN;
        }
        double best = Double.NaN;
        double bestPc = -1;
        boolean prevFeasible = false;
        double prev = 0;
        for (int k = 0; k <= n; k++) {
            double r = k * RG_STEP;
            boolean feasible = slack.applyAsDouble(r) >= 0;
            if (k > 0 && feasible != prevFeasible) {
                double b = feasible ? bisectFeasible(slack, prev, r) : bisectFeasibleFromLeft(slack, prev, r);
                double pc = GuardZoneTheory.pc(m.withRg(b));
                if (pc > bestPc) {
                    bestPc = pc;
                    best = b;
                }
            }
            if (feasible) {
                double pc = GuardZoneTheory.pc(m.withRg(r));
                if (pc > bestPc) {
                    bestPc = pc;
                    best = r;
                }
            }
            prevFeasible = feasible;
            prev = r;
        }
        double rMax = GuardZoneTheory.rgMax(m);
        if (rMax <= RG_HIGH && slack.applyAsDouble(rMax) >= 0) {
            double pc = GuardZoneTheory.pc(m.withRg(rMax));
            if (pc > bestPc) {
                best = rMax;
            }
        }
        return best;
    }

    /** Smallest feasible point in (lo, hi] when lo is infeasible and hi feasible. */
    private static double bisectFeasible(DoubleUnaryOperator slack, double lo, double hi) {
        while (hi - lo > RG_TOL) {
            double mid = 0.5 * (lo + hi);
            if (slack.applyAsDouble(mid) >= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Largest feasible point in [lo, hi) when lo is feasible and hi infeasible. */
    private static double bisectFeasibleFromLeft(DoubleUnaryOperator slack, double lo, double hi) {
        while (hi - lo > RG_TOL) {
            double mid = 0.5 * (lo + hi);
            if (slack.applyAsDouble(mid) >= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Eq. (22): the secondary network's best response lambda_S^*(r_g) (1/m^2), the maximiser of
     * lambda_ps(lambda_S, r_g) (Theorem 4) over (0, lambda_S^max]: 200 equally spaced values,
     * then golden-section refinement over the two cells around the best one unless the best is
     * lambda_S^max itself.
     */
    public static double lambdaSStar(GuardZoneModel m) {
        double max = m.lambdaSMax();
        double step = max / LAMBDA_POINTS;
        DoubleUnaryOperator u = l -> GuardZoneTheory.lambdaPs(m.withLambdaS(l));
        int best = 1;
        double bestU = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= LAMBDA_POINTS; k++) {
            double v = u.applyAsDouble(k * step);
            if (v > bestU) {
                bestU = v;
                best = k;
            }
        }
        if (best == LAMBDA_POINTS) {
            return max;
        }
        double lo = best == 1 ? step * 1e-6 : (best - 1) * step;
        double hi = (best + 1) * step;
        return goldenMax(u, lo, hi, LAMBDA_REL_TOL * max);
    }

    /** Golden-section search for the maximiser of a unimodal f on [lo, hi] to absolute tolerance tol. */
    static double goldenMax(DoubleUnaryOperator f, double lo, double hi, double tol) {
        final double g = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - g * (hi - lo);
        double x2 = lo + g * (hi - lo);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        while (hi - lo > tol) {
            if (f1 >= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = f.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = f.applyAsDouble(x2);
            }
        }
        return 0.5 * (lo + hi);
    }
}
