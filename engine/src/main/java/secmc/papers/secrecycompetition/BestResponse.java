package secmc.papers.secrecycompetition;

import java.util.Arrays;
import secmc.solver.BrentRoot;
import secmc.solver.RootResult;

/**
 * The exact best response of one SBS, spec Sec. 4 (the paper's problem (33), whose solver the
 * paper only sketches). For {@code x = p_j} in W:
 *
 * <pre>
 *   maximise F(x) = sum_k phi_k(x_k) - sum_k c_k x_k - w sqrt(S + ||x||^2)
 *   s.t.     0 <= x_k <= m,  sum_k x_k <= P,
 *   phi_k(x) = log2((1 + a_k x) / (1 + b_k x))
 * </pre>
 *
 * with {@code a_k} of (22), {@code b_k} of (23) (robust) or its nominal version, the linear price
 * {@code c_k = kappa~ h^_j(k)/I^th} and the robust-MUE factor {@code w = kappa~ sqrt(e)/I^th}
 * ({@code 0} for nominal MUE protection), {@code S = sum_{i != j} ||p_i||^2}.
 *
 * <p>Solution (spec Sec. 4): channels with {@code a_k <= b_k} or non-positive marginal utility
 * {@code d_k = (a_k - b_k)/ln 2 - c_k} at 0 stay off; on the others F is strictly concave and the
 * KKT point is found exactly on three nested levels: (1) per channel, the root of the convex
 * increasing cubic {@code q(x) = (mu + theta x)(1 + a x)(1 + b x) - C} by monotone Newton from
 * the right (closed form when {@code theta = 0}); (2) the sum-power multiplier {@code lambda} by
 * Brent; (3) the square-root factor {@code theta = w / s} by Brent on
 * {@code R(s) = sqrt(S + ||x(w/s)||^2)/s - 1}, including the non-smooth case {@code S = 0}, where
 * {@code x = 0} is optimal iff {@code ||[d]_+|| <= w}.
 *
 * <p>Stateless; {@link #solve} is thread-safe.
 */
public final class BestResponse {
    /** Newton stops when a step is below this fraction of x (a few ulps). */
    public static final double NEWTON_REL_TOL = 1e-15;
    /** Level 2 stops when |sum x - P| <= this times P (spec Sec. 4). */
    public static final double SUM_REL_TOL = 1e-14;
    /** Level 3 stops when |R(s)| <= this or the s-bracket is this narrow, relative (spec Sec. 4). */
    public static final double S_REL_TOL = 1e-15;
    /** Lower end of the s-bracket when S = 0, relative to the upper end (spec Sec. 4). */
    static final double S_ZERO_LOW = 1e-12;
    private static final int MAX_NEWTON = 100;
    /**
     * Relative margin of the tests in {@link #start} that skip a bound which cannot bind
     * ({@code x theta < C}, {@code x^2 theta (a + b) < C}, {@code x^3 < y}): far above the few
     * roundings (each at most 2^-53 relative) on either side.
     */
    private static final double BOUND_MARGIN = 1e-14;
    private static final int MAX_BRENT = 200;
    private static final double LN2 = Math.log(2);

    private BestResponse() {
    }

    /**
     * One best-response problem (spec Sec. 4). Arrays are copied.
     *
     * @param a legitimate coefficients a_k of (22) (1/W), {@code >= 0}
     * @param b eavesdropper coefficients b_k of (23) (1/W), {@code >= 0}
     * @param c linear prices c_k (bits/W), {@code >= 0}
     * @param w robust-MUE price factor (bits/W), {@code >= 0}
     * @param S squared power norm of the other SBSs (W^2), {@code >= 0}
     * @param mask per-channel mask m = p^msk (W), {@code > 0}
     * @param budget sum-power limit P = p^max (W), {@code > 0}
     */
    public record Problem(double[] a, double[] b, double[] c, double w, double S, double mask, double budget) {
        public Problem {
            if (a == null || b == null || c == null || a.length == 0 || a.length != b.length || a.length != c.length) {
                throw new IllegalArgumentException("a, b and c must be non-empty arrays of equal length");
            }
            a = a.clone();
            b = b.clone();
            c = c.clone();
            for (int k = 0; k < a.length; k++) {
                check("a", k, a[k]);
                check("b", k, b[k]);
                check("c", k, c[k]);
            }
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("w must be finite and >= 0 (bits/W), got " + w);
            }
            if (!(S >= 0) || Double.isInfinite(S)) {
                throw new IllegalArgumentException("S must be finite and >= 0 (W^2), got " + S);
            }
            if (!(mask > 0) || Double.isInfinite(mask)) {
                throw new IllegalArgumentException("mask must be finite and > 0 (W), got " + mask);
            }
            if (!(budget > 0) || Double.isInfinite(budget)) {
                throw new IllegalArgumentException("budget must be finite and > 0 (W), got " + budget);
            }
        }

        private static void check(String name, int k, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + "[" + k + "] must be finite and >= 0, got " + v);
            }
        }

        /** Number of channels K. */
        public int channels() {
            return a.length;
        }

        /** The objective F at {@code x} (bits/s/Hz), spec Sec. 4. */
        public double objective(double[] x) {
            double f = 0;
            double n2 = S;
            for (int k = 0; k < a.length; k++) {
                f += (Math.log1p(a[k] * x[k]) - Math.log1p(b[k] * x[k])) / LN2 - c[k] * x[k];
                n2 += x[k] * x[k];
            }
            return f - w * Math.sqrt(n2);
        }
    }

    /**
     * The best response.
     *
     * @param x the maximiser (W per channel)
     * @param lambda the sum-power multiplier (bits/W), 0 when the budget is slack
     * @param s {@code sqrt(S + ||x||^2)} (W), 0 only in the non-smooth case x = 0, S = 0
     * @param objective F(x)
     * @param residual projected-gradient residual {@code max_k |x_k - Proj(x + grad F(x))_k|} (W; 0 exactly at
     *     a KKT point); in the non-smooth case x = 0, S = 0 it is {@code max(0, ||[d]_+|| - w)}
     * @param evaluations level-2 sweeps over the channels (each a few Newton steps per channel)
     * @param converged whether every root finder met its tolerance
     */
    public record Result(double[] x, double lambda, double s, double objective, double residual, int evaluations,
                         boolean converged) {
        public Result {
            x = x.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        /** Power on channel k (W), without copying. */
        public double x(int k) {
            return x[k];
        }

        /** Total power sum_k x_k (W). */
        public double total() {
            double t = 0;
            for (double v : x) {
                t += v;
            }
            return t;
        }
    }

    /** Solves {@code p} exactly (spec Sec. 4). Never throws for a valid problem. */
    public static Result solve(Problem p) {
        int n = p.channels();
        Work wk = new Work(n);
        wk.load(p.a, p.b, p.c, p.w(), p.S(), p.mask(), p.budget());
        double[] x = new double[n];
        wk.run(x);
        double residual = residual(p, x, wk.s, wk.normDPlus);
        return new Result(x, wk.lambda, wk.s, p.objective(x), residual, wk.evaluations, wk.ok);
    }

    /**
     * Reusable buffers for the hot path of Algorithm 1 ({@link #solveInto}), which solves J best
     * responses per sweep and thousands of sweeps per topology: the caller writes the problem's
     * coefficients into {@link #a}, {@link #b}, {@link #c} and sets the scalars (see
     * {@link Network#load}); nothing is allocated per solve, and neither the objective nor the KKT
     * residual is evaluated (Algorithm 1 uses only the powers). Same arithmetic as
     * {@link #solve(Problem)}, so the same powers, bit for bit. Not thread-safe.
     */
    static final class Workspace {
        final double[] a;
        final double[] b;
        final double[] c;
        double w;
        double sOthers;
        double mask;
        double budget;
        private final Work work;

        Workspace(int channels) {
            a = new double[channels];
            b = new double[channels];
            c = new double[channels];
            work = new Work(channels);
        }

        /** The loaded problem as an immutable (validated, copied) {@link Problem}. */
        Problem problem() {
            return new Problem(a, b, c, w, sOthers, mask, budget);
        }
    }

    /** Solves the problem loaded in {@code ws} into {@code x} (length K): {@code solve(ws.problem()).x()}, without allocating. */
    static void solveInto(Workspace ws, double[] x) {
        ws.work.load(ws.a, ws.b, ws.c, ws.w, ws.sOthers, ws.mask, ws.budget);
        ws.work.run(x);
    }

    /**
     * Level 1: the optimal power of one channel given {@code mu = c_k + lambda} and {@code theta}
     * (spec Sec. 4), i.e. the root of {@code q(x) = (mu + theta x)(1 + a x)(1 + b x) - C} clipped to
     * {@code [0, m]}. The reference, one channel at a time: the solver itself ({@code Work.fill})
     * runs the same {@link #start} and {@link #newtonStep}s for all channels side by side.
     *
     * @param a a_k (1/W)
     * @param b b_k (1/W), {@code < a}
     * @param cap C = (a - b)/ln 2 (bits/W)
     * @param mu c_k + lambda (bits/W), {@code >= 0}
     * @param theta w/s (bits/W^2), {@code >= 0}
     * @param m mask (W)
     */
    static double channel(double a, double b, double cap, double mu, double theta, double m) {
        boolean[] newton = new boolean[1];
        double x = start(a, b, cap, mu, theta, m, newton, 0);
        if (!newton[0]) {
            return x;
        }
        for (int it = 0; it < MAX_NEWTON; it++) {
            double dx = newtonStep(a, b, cap, mu, theta, x);
            x -= dx;
            if (Math.abs(dx) <= NEWTON_REL_TOL * x) {
                break;
            }
        }
        return Math.min(Math.max(x, 0), m);
    }

    /** One Newton step of {@link #channel} at x: {@code q(x) / q'(x)}. */
    static double newtonStep(double a, double b, double cap, double mu, double theta, double x) {
        double u = 1 + a * x;
        double v = 1 + b * x;
        double t = mu + theta * x;
        double q = t * u * v - cap;
        double dq = theta * u * v + t * (a * v + b * u);
        return q / dq;
    }

    /**
     * The closed-form part of {@link #channel}: its result, or (then {@code newton[k]} is set) the
     * start of its Newton iteration, {@code x0 = min(m, x_q, C/theta, sqrt(C/(theta(a + b))),
     * cbrt(C/(theta a b)))} (spec Sec. 4).
     */
    static double start(double a, double b, double cap, double mu, double theta, double m, boolean[] newton, int k) {
        newton[k] = false;
        if (cap <= mu) {
            return 0;
        }
        double qm = (mu + theta * m) * (1 + a * m) * (1 + b * m) - cap;
        if (qm <= 0) {
            return m;
        }
        double ratio = cap / mu;
        double xq;
        if (!(ratio < 1e300)) {
            xq = Double.POSITIVE_INFINITY;
        } else {
            double diff = a - b;
            xq = 2 * (ratio - 1) / ((a + b) + Math.sqrt(diff * diff + 4 * a * b * ratio));
        }
        if (theta == 0) {
            return Math.min(xq, m);
        }
        // Each monomial bound is >= the root, so Newton starts right of it and decreases monotonically.
        double x = Math.min(m, xq);
        // A bound that cannot be below x leaves the min at x: the divisions (and the square root)
        // are skipped when a product proves it, with a margin far above their few roundings, so
        // the start is the same double (x_q or m binds in most calls of Figs. 4-7).
        if (!(x * theta < cap * (1 - BOUND_MARGIN))) {
            x = Math.min(x, cap / theta);
        }
        if (!(x * x * (theta * (a + b)) < cap * (1 - BOUND_MARGIN))) {
            x = Math.min(x, Math.sqrt(cap / (theta * (a + b))));
        }
        if (b > 0) {
            double y = cap / (theta * a * b);
            // The cube-root bound matters only when it is below x (about 1 call in 10 in Figs. 4-7):
            // x^3 < y (with margin for the rounding of x^3) means x < cbrt(y) <= cbrtUpper(y),
            // so the min is x and the four divisions of cbrtUpper can be skipped, same bits.
            if (!(x * x * x < y * (1 - BOUND_MARGIN))) {
                x = Math.min(x, cbrtUpper(y));
            }
        }
        newton[k] = true;
        return x;
    }

    /**
     * An upper bound of the cube root of {@code y > 0}, at most ~0.02 % above it: an exponent
     * estimate (within a factor 2) then four Newton steps {@code t <- (2t + y/t^2)/3}, each of which lands at or right
     * of the root (AM-GM), so the result is a valid Newton start for {@link #channel}. Replaces
     * {@code Math.cbrt}, which is not intrinsified on JDK 17 and took ~15 % of a figure's time
     * (JFR); only the starting point changes, not the root Newton converges to.
     */
    static double cbrtUpper(double y) {
        if (!(y > 0) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        // y = f 2^e with f in [1, 2): start at 2^ceil((e+1)/3) >= cbrt(y).
        int e = Math.getExponent(y);
        double t = Math.scalb(1.0, Math.floorDiv(e + 3, 3));
        for (int i = 0; i < 4; i++) {
            t = (2 * t + y / (t * t)) / 3;
        }
        // Rounding can put t a hair below the root: step right by a few ulps to stay an upper bound.
        return t * (1 + 4 * Math.ulp(1.0));
    }

    /**
     * The three-level solve (spec Sec. 4) and its state: the active channels, level-2 / level-3
     * evaluations and, after {@link #run}, the multipliers. Reusable: {@link #load} resets it.
     */
    static final class Work {
        final int n;
        final double[] cap;
        final boolean[] on;
        /** Per channel: whether level 1 still iterates Newton (see {@link #newton(double, double, double[])}). */
        final boolean[] newton;
        double[] a;
        double[] b;
        double[] c;
        double w;
        double sOthers;
        double mask;
        double budget;
        boolean anyOn;
        double dMax;
        double normDPlus;
        int evaluations;
        boolean ok;
        /** Results of {@link #run}: the sum-power multiplier and sqrt(S + ||x||^2). */
        double lambda;
        double s;

        Work(int n) {
            this.n = n;
            cap = new double[n];
            on = new boolean[n];
            newton = new boolean[n];
        }

        void load(double[] a, double[] b, double[] c, double w, double sOthers, double mask, double budget) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.w = w;
            this.sOthers = sOthers;
            this.mask = mask;
            this.budget = budget;
            evaluations = 0;
            ok = true;
            double dm = 0;
            double nd = 0;
            boolean any = false;
            for (int k = 0; k < n; k++) {
                cap[k] = (a[k] - b[k]) / LN2;
                double d = cap[k] - c[k];
                // Step 0: a_k <= b_k or d_k <= 0 keeps the channel at 0 (spec Sec. 4).
                on[k] = a[k] > b[k] && d > 0;
                if (on[k]) {
                    any = true;
                    dm = Math.max(dm, d);
                    nd += d * d;
                }
            }
            anyOn = any;
            dMax = dm;
            normDPlus = Math.sqrt(nd);
        }

        /** Levels 3, 2, 1: fills x (length n) with the maximiser, sets {@link #lambda} and {@link #s}. */
        void run(double[] x) {
            if (!anyOn) {
                Arrays.fill(x, 0, n, 0.0);
                lambda = 0;
                s = Math.sqrt(sOthers);
            } else if (w == 0) {
                lambda = lambdaFor(0, x);
                s = Math.sqrt(sOthers + norm2(x));
            } else {
                double sHi = Math.sqrt(sOthers + mask * Math.min(budget, n * mask));
                double sLo;
                boolean solve = true;
                if (sOthers > 0) {
                    sLo = Math.sqrt(sOthers);
                } else {
                    // Non-smooth case: x = 0 is optimal iff the subgradient condition ||[d]_+|| <= w holds.
                    if (normDPlus <= w) {
                        solve = false;
                    }
                    sLo = S_ZERO_LOW * sHi;
                }
                if (solve) {
                    double rLo = r(sLo, x);
                    // R(sLo) ~ ||d_+||/w - 1 > 0 in exact arithmetic; if rounding hides it, go lower.
                    for (int i = 0; i < 40 && rLo < 0 && sOthers == 0; i++) {
                        sLo *= 1e-6;
                        rLo = r(sLo, x);
                    }
                    double rHi = r(sHi, x);
                    double sStar;
                    if (rLo <= 0) {
                        sStar = sLo;
                    } else if (rHi >= 0) {
                        sStar = sHi;
                    } else {
                        RootResult rr = new BrentRoot(0, S_REL_TOL, S_REL_TOL, MAX_BRENT).solve(t -> r(t, x), sLo, sHi,
                                rLo, rHi);
                        ok &= rr.converged();
                        sStar = rr.root();
                    }
                    lambda = lambdaFor(w / sStar, x);
                    s = Math.sqrt(sOthers + norm2(x));
                } else {
                    Arrays.fill(x, 0, n, 0.0);
                    lambda = 0;
                    s = 0;
                }
            }
        }

        double fill(double lambda, double theta, double[] x) {
            evaluations++;
            boolean any = false;
            for (int k = 0; k < n; k++) {
                x[k] = on[k] ? start(a[k], b[k], cap[k], c[k] + lambda, theta, mask, newton, k) : 0;
                any |= on[k] && newton[k];
            }
            if (any) {
                if (n == 4) {
                    newton4(lambda, theta, x);
                } else {
                    newton(lambda, theta, x);
                }
            }
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += x[k];
            }
            return sum;
        }

        /**
         * The Newton iterations of {@link #channel} for every channel flagged in {@link #newton},
         * side by side: they are independent, so the CPU overlaps their division latencies (the
         * cost of level 1), where one channel after the other waits for each. Each channel runs
         * exactly the iteration of {@link #channel}, same bits, same stop.
         */
        private void newton(double lambda, double theta, double[] x) {
            for (int it = 0; it < MAX_NEWTON; it++) {
                boolean more = false;
                for (int k = 0; k < n; k++) {
                    if (newton[k]) {
                        double xk = x[k];
                        double dx = newtonStep(a[k], b[k], cap[k], c[k] + lambda, theta, xk);
                        xk -= dx;
                        x[k] = xk;
                        if (Math.abs(dx) <= NEWTON_REL_TOL * xk) {
                            newton[k] = false;
                            x[k] = Math.min(Math.max(xk, 0), mask);
                        } else {
                            more = true;
                        }
                    }
                }
                if (!more) {
                    return;
                }
            }
            for (int k = 0; k < n; k++) {
                if (newton[k]) {
                    newton[k] = false;
                    x[k] = Math.min(Math.max(x[k], 0), mask);
                }
            }
        }

        /**
         * {@link #newton(double, double, double[])} for K = 4 (every figure of the paper), with the
         * four channels' state in registers instead of arrays: the same steps and stops.
         */
        private void newton4(double lambda, double theta, double[] x) {
            boolean go0 = newton[0];
            boolean go1 = newton[1];
            boolean go2 = newton[2];
            boolean go3 = newton[3];
            double x0 = x[0];
            double x1 = x[1];
            double x2 = x[2];
            double x3 = x[3];
            double mu0 = c[0] + lambda;
            double mu1 = c[1] + lambda;
            double mu2 = c[2] + lambda;
            double mu3 = c[3] + lambda;
            for (int it = 0; it < MAX_NEWTON && (go0 || go1 || go2 || go3); it++) {
                // !(|dx| <= tol x), not |dx| > tol x: a NaN step keeps iterating, as in channel().
                if (go0) {
                    double d = newtonStep(a[0], b[0], cap[0], mu0, theta, x0);
                    x0 -= d;
                    go0 = !(Math.abs(d) <= NEWTON_REL_TOL * x0);
                }
                if (go1) {
                    double d = newtonStep(a[1], b[1], cap[1], mu1, theta, x1);
                    x1 -= d;
                    go1 = !(Math.abs(d) <= NEWTON_REL_TOL * x1);
                }
                if (go2) {
                    double d = newtonStep(a[2], b[2], cap[2], mu2, theta, x2);
                    x2 -= d;
                    go2 = !(Math.abs(d) <= NEWTON_REL_TOL * x2);
                }
                if (go3) {
                    double d = newtonStep(a[3], b[3], cap[3], mu3, theta, x3);
                    x3 -= d;
                    go3 = !(Math.abs(d) <= NEWTON_REL_TOL * x3);
                }
            }
            if (newton[0]) {
                x[0] = Math.min(Math.max(x0, 0), mask);
                newton[0] = false;
            }
            if (newton[1]) {
                x[1] = Math.min(Math.max(x1, 0), mask);
                newton[1] = false;
            }
            if (newton[2]) {
                x[2] = Math.min(Math.max(x2, 0), mask);
                newton[2] = false;
            }
            if (newton[3]) {
                x[3] = Math.min(Math.max(x3, 0), mask);
                newton[3] = false;
            }
        }

        /** Level 2: fills x for the multiplier that meets the budget, returns the multiplier. */
        double lambdaFor(double theta, double[] x) {
            double s0 = fill(0, theta, x);
            if (s0 <= budget) {
                return 0;
            }
            RootResult r = new BrentRoot(0, 0, SUM_REL_TOL * budget, MAX_BRENT)
                    .solve(l -> fill(l, theta, x) - budget, 0, dMax, s0 - budget, -budget);
            ok &= r.converged();
            double lambda = r.root();
            double sum = fill(lambda, theta, x);
            if (sum > budget) {
                // Rounding excess: take it from the interior channels, so channels at the mask stay there.
                double interior = 0;
                for (int k = 0; k < n; k++) {
                    if (x[k] < mask) {
                        interior += x[k];
                    }
                }
                double excess = sum - budget;
                double scale = interior > excess ? (interior - excess) / interior : budget / sum;
                for (int k = 0; k < n; k++) {
                    if (interior <= excess || x[k] < mask) {
                        x[k] *= scale;
                    }
                }
            }
            return lambda;
        }

        /** Level 3: R(s) = sqrt(S + ||x(w/s)||^2)/s - 1, filling x. */
        double r(double s, double[] x) {
            lambdaFor(w / s, x);
            return Math.sqrt(sOthers + norm2(x)) / s - 1;
        }
    }

    private static double norm2(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    /** Projected-gradient KKT residual (see {@link Result#residual()}). */
    static double residual(Problem p, double[] x, double s, double normDPlus) {
        int n = p.channels();
        if (s == 0) {
            return Math.max(0, normDPlus - p.w());
        }
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            double a = p.a[k];
            double b = p.b[k];
            double grad = (a - b) / LN2 / ((1 + a * x[k]) * (1 + b * x[k])) - p.c[k] - p.w() * x[k] / s;
            y[k] = x[k] + grad;
        }
        double[] proj = project(y, p.mask(), p.budget());
        double r = 0;
        for (int k = 0; k < n; k++) {
            r = Math.max(r, Math.abs(x[k] - proj[k]));
        }
        return r;
    }

    /**
     * Euclidean projection onto {@code {0 <= z_k <= m, sum z <= P}}: {@code clip(y - nu, 0, m)} with
     * the smallest {@code nu >= 0} meeting the budget, found by bisection to the last bit.
     */
    static double[] project(double[] y, double m, double budget) {
        int n = y.length;
        double[] z = new double[n];
        if (clipSum(y, 0, m, z) <= budget) {
            return z;
        }
        double lo = 0;
        double hi = Arrays.stream(y).max().orElse(0);
        for (int it = 0; it < 2000; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (clipSum(y, mid, m, z) > budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        clipSum(y, hi, m, z);
        return z;
    }

    private static double clipSum(double[] y, double nu, double m, double[] z) {
        double s = 0;
        for (int k = 0; k < y.length; k++) {
            z[k] = Math.min(Math.max(y[k] - nu, 0), m);
            s += z[k];
        }
        return s;
    }
}
