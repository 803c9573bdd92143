package secmc.solver;

/**
 * Solves finite two-player zero-sum matrix games by linear programming: a dual simplex with
 * Bland's anti-cycling rule whose n x n basis (n = number of columns) is refactored from the
 * original data at every pivot, returning a <em>basic</em> optimal strategy for the row player.
 *
 * <p>Method. The payoffs are mapped affinely to \( B = (U - \min U)/(\max U - \min U) + 1 \in [1, 2] \),
 * so the value of B is positive. The row player's normalised LP
 * \( \min \sum_l x_l \) s.t. \( B^T x \ge 1, x \ge 0 \) has n constraints; its surplus basis is dual
 * feasible, so the dual simplex needs no phase 1. At the optimum \( v_B = 1/\sum x \),
 * \( p_1 = x v_B \), and the simplex multipliers \( \pi = c_B^T A_B^{-1} \) are the column player's
 * normalised LP solution, \( p_2 = \pi v_B \). The primal solution is basic: at most n of the x
 * are positive, so the row player's support has at most as many rows as the game has columns —
 * Proposition 1 of Aghababaie Alavijeh et al. (arXiv:1611.08681, App. A; spec anti-jamming.md §4.3).
 *
 * <p>Why not a tableau: the stage games of the anti-jamming model often have rows that differ by
 * 1e-7 (SUs with nearly equal look-ahead gains); a tableau simplex then pivots on entries of that
 * size and its accumulated rounding left duality gaps up to 3e-6 on such games. Refactoring the
 * (at most 5 x 5) basis from the data each pivot keeps the gap at rounding level. Why not
 * Hipparchus' {@code SimplexSolver}: it also returns vertices, but it gives no dual solution and
 * builds a full tableau of objects per call, while the simulation solves one game per time slot;
 * the tests compare both on random games.
 *
 * <p>Degenerate games. Stage games in which several SUs have equal or ulp-apart gains have
 * duplicate and nearly dependent rows; there rounding produced pivots of ~1e-12 (singular bases)
 * and basic values of -1e-12 that flipped sign between two bases (cycling despite Bland's rule).
 * The pivot test is therefore relative to |rho|_1, a revisited basis aborts the attempt, failed
 * attempts are retried with pivot and feasibility thresholds 1e-9 and 1e-6, and as a last resort
 * both LPs go to Hipparchus' {@code SimplexSolver}. The safeguards act only near degeneracy: rerun
 * with them, the anti-jamming figure datasets changed only at runs that had failed before.
 *
 * <p>The returned strategies are checked before returning: {@code converged} is true only if
 * the certified gap \( \max_l (U p_2)_l - \min_k (p_1^T U)_k \) is at most
 * {@code gapTolerance * max(1, max|U|)}. Immutable and thread-safe.
 */
public final class ZeroSumGame {
    /** Default pivot tolerance on the [1, 2]-scaled tableau: entries below it count as zero. */
    public static final double DEFAULT_PIVOT_TOLERANCE = 1e-12;
    /** Default relative tolerance on the certified duality gap (payoffs are O(1), double precision). */
    public static final double DEFAULT_GAP_TOLERANCE = 1e-9;

    /** Relative band within which two ratios of the ratio test count as tied (Bland's tie-break). */
    private static final double RATIO_TIE = 1e-11;
    /** Basic values above -this count as feasible; the basic solution is O(1) (x_B in [1/2, 1] scale). */
    private static final double FEASIBILITY = 1e-12;
    /** Pivots of one attempt after which visited bases are recorded for cycle detection. */
    private static final int CYCLE_WATCH = 64;
    /** Factor by which the pivot threshold grows on each retry (up to 1e-3). */
    private static final double RETRY_FACTOR = 1e3;
    /** Pivot magnitude below which the n x n basis counts as singular (entries are O(1)). */
    private static final double SINGULAR = 1e-14;

    private final double pivotTolerance;
    private final double gapTolerance;
    private final int maxPivots;

    /** A solver with the default tolerances and a pivot limit of 10000. */
    public ZeroSumGame() {
        this(DEFAULT_PIVOT_TOLERANCE, DEFAULT_GAP_TOLERANCE, 10_000);
    }

    /**
     * @param pivotTolerance entries of the scaled tableau at most this are treated as zero, in (0, 1e-3]
     * @param gapTolerance relative tolerance on the certified duality gap, > 0
     * @param maxPivots pivot limit (Bland's rule terminates, the limit guards against rounding loops), >= 1
     */
    public ZeroSumGame(double pivotTolerance, double gapTolerance, int maxPivots) {
        if (!(pivotTolerance > 0 && pivotTolerance <= 1e-3)) {
            throw new IllegalArgumentException("pivotTolerance must be in (0, 1e-3], got " + pivotTolerance);
        }
        if (!(gapTolerance > 0)) {
            throw new IllegalArgumentException("gapTolerance must be > 0, got " + gapTolerance);
        }
        if (maxPivots < 1) {
            throw new IllegalArgumentException("maxPivots must be >= 1, got " + maxPivots);
        }
        this.pivotTolerance = pivotTolerance;
        this.gapTolerance = gapTolerance;
        this.maxPivots = maxPivots;
    }

    /**
     * Solves the game with payoff matrix {@code u} (payoff to the row player, who maximizes).
     *
     * @param u m x n payoffs, rectangular, finite, m, n >= 1; not modified
     * @return value, basic optimal row strategy, optimal column strategy, certified bounds
     */
    public ZeroSumGameSolution solve(double[][] u) {
        int m = checkMatrix(u);
        int n = u[0].length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : u) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double scale = Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
        if (hi - lo <= 1e-15 * scale) {
            // Constant game: every strategy is optimal; play row 0 (support 1) and uniform columns.
            double[] p1 = new double[m];
            p1[0] = 1;
            double[] p2 = new double[n];
            java.util.Arrays.fill(p2, 1.0 / n);
            return certify(u, p1, p2, 0, true, scale);
        }
        double span = hi - lo;
        // Row player's LP in equality form: A z = 1 with A = [B^T | -I] (n x (m + n)),
        // z = (x, surplus) >= 0, minimize sum x. B = (U - lo)/span + 1 is in [1, 2].
        double[][] bt = new double[n][m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                bt[c][r] = (u[r][c] - lo) / span + 1;
            }
        }
        // Retry with a coarser pivot threshold when rounding-level pivots made the basis
        // singular or the certified gap too large (near-duplicate rows of U: SUs with equal
        // gains). Each attempt starts afresh; the certification decides, so the result is exact
        // whenever it says converged.
        ZeroSumGameSolution sol;
        int pivots = 0;
        for (double tol = pivotTolerance; ; tol *= RETRY_FACTOR) {
            sol = simplex(u, bt, m, n, Math.min(tol, 1e-3), scale, pivots);
            pivots = sol.iterations();
            if (sol.converged()) {
                return sol;
            }
            if (tol >= 1e-3 / RETRY_FACTOR) {
                break;
            }
        }
        // Last resort (degenerate games on which rounding made the dual simplex cycle):
        // Hipparchus' SimplexSolver on both normalised LPs. It also returns vertices.
        ZeroSumGameSolution fallback = hipparchus(u, bt, m, n, scale, pivots);
        return fallback != null && fallback.converged() ? fallback : sol;
    }

    /**
     * Both players' normalised LPs (row: min sum x, B^T x >= 1; column: max sum y, B y <= 1; x, y >= 0)
     * with Hipparchus' simplex (Bland's rule); null if it throws.
     */
    private ZeroSumGameSolution hipparchus(double[][] u, double[][] bt, int m, int n, double scale, int pivots) {
        try {
            java.util.List<org.hipparchus.optim.linear.LinearConstraint> rows = new java.util.ArrayList<>();
            for (int c = 0; c < n; c++) {
                rows.add(new org.hipparchus.optim.linear.LinearConstraint(bt[c].clone(),
                        org.hipparchus.optim.linear.Relationship.GEQ, 1));
            }
            double[] ones = new double[m];
            java.util.Arrays.fill(ones, 1);
            double[] x = new org.hipparchus.optim.linear.SimplexSolver().optimize(
                    new org.hipparchus.optim.MaxIter(100 * (m + n) + maxPivots),
                    new org.hipparchus.optim.linear.LinearObjectiveFunction(ones, 0),
                    new org.hipparchus.optim.linear.LinearConstraintSet(rows),
                    org.hipparchus.optim.nonlinear.scalar.GoalType.MINIMIZE,
                    new org.hipparchus.optim.linear.NonNegativeConstraint(true)).getPoint();
            java.util.List<org.hipparchus.optim.linear.LinearConstraint> cols = new java.util.ArrayList<>();
            for (int r = 0; r < m; r++) {
                double[] a = new double[n];
                for (int c = 0; c < n; c++) {
                    a[c] = bt[c][r];
                }
                cols.add(new org.hipparchus.optim.linear.LinearConstraint(a,
                        org.hipparchus.optim.linear.Relationship.LEQ, 1));
            }
            double[] onesN = new double[n];
            java.util.Arrays.fill(onesN, 1);
            double[] y = new org.hipparchus.optim.linear.SimplexSolver().optimize(
                    new org.hipparchus.optim.MaxIter(100 * (m + n) + maxPivots),
                    new org.hipparchus.optim.linear.LinearObjectiveFunction(onesN, 0),
                    new org.hipparchus.optim.linear.LinearConstraintSet(cols),
                    org.hipparchus.optim.nonlinear.scalar.GoalType.MAXIMIZE,
                    new org.hipparchus.optim.linear.NonNegativeConstraint(true)).getPoint();
            double[] p1 = new double[m];
            double[] p2 = new double[n];
            for (int r = 0; r < m; r++) {
                // Hipparchus leaves values within its epsilon of 0: clip so the support stays basic.
                p1[r] = x[r] > 1e-12 ? x[r] : 0;
            }
            for (int c = 0; c < n; c++) {
                p2[c] = Math.max(0, y[c]);
            }
            if (!normalize(p1) || !normalize(p2)) {
                return null;
            }
            return certify(u, p1, p2, pivots, true, scale);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One dual simplex attempt with pivot threshold {@code tol}; {@code pivots0} pivots already spent. */
    private ZeroSumGameSolution simplex(double[][] u, double[][] bt, int m, int n, double tol, double scale,
                                       int pivots0) {
        int vars = m + n;
        int[] basis = new int[n];
        boolean[] inBasis = new boolean[vars];
        for (int c = 0; c < n; c++) {
            basis[c] = m + c;
            inBasis[m + c] = true;
        }
        double[][] ab = new double[n][n];
        double[] xb = new double[n];
        double[] pi = new double[n];
        double[] rho = new double[n];
        double[] rhs = new double[n];
        int pivots = pivots0;
        // Basic values above -feasibility count as feasible. The first attempt uses 1e-12 (x_B is
        // O(1)); in near-singular bases x_B carries rounding of ~1e-12 that flipped sign between
        // two bases forever, so retries relax it together with the pivot threshold.
        double feasibility = Math.max(FEASIBILITY, tol);
        java.util.Set<String> visited = new java.util.HashSet<>(4);
        boolean ok = true;
        while (true) {
            // Refactor the basis from the original data every iteration: no error accumulates,
            // which matters when payoffs are nearly tied (pivots of 1e-7 are then common).
            for (int i = 0; i < n; i++) {
                for (int q = 0; q < n; q++) {
                    ab[i][q] = column(bt, m, basis[q], i);
                }
            }
            java.util.Arrays.fill(rhs, 1);
            if (!solve(ab, rhs, xb, false)) {
                ok = false;
                break;
            }
            // Dual simplex with Bland's rule: leaving = infeasible basic variable of smallest id.
            int leave = -1;
            for (int q = 0; q < n; q++) {
                if (xb[q] < -feasibility && (leave < 0 || basis[q] < basis[leave])) {
                    leave = q;
                }
            }
            if (leave < 0) {
                break;
            }
            // Bases are recorded only after CYCLE_WATCH pivots: healthy solves take a handful and
            // pay nothing; a cycle is caught on its first repeat after that.
            if (pivots - pivots0 > CYCLE_WATCH) {
                int[] sorted = basis.clone();
                java.util.Arrays.sort(sorted);
                if (!visited.add(java.util.Arrays.toString(sorted))) {
                    // A basis seen before: rounding defeated Bland's rule and the attempt would cycle.
                    ok = false;
                    break;
                }
            }
            if (pivots - pivots0 >= maxPivots) {
                ok = false;
                break;
            }
            for (int q = 0; q < n; q++) {
                rhs[q] = basis[q] < m ? 1 : 0;
            }
            if (!solve(ab, rhs, pi, true)) {
                ok = false;
                break;
            }
            java.util.Arrays.fill(rhs, 0);
            rhs[leave] = 1;
            if (!solve(ab, rhs, rho, true)) {
                ok = false;
                break;
            }
            int enter = -1;
            double best = Double.POSITIVE_INFINITY;
            // Relative pivot test. alpha_j = rho . a_j carries the rounding error of rho, which
            // grows with |rho| (it reaches 1e5 near degenerate bases): an entering column that
            // duplicates a basic one (SUs with equal gains give equal rows of U), or a true zero
            // entry of rho, then shows alpha ~ 1e-12 of pure rounding, and accepting it made the
            // basis singular (found on stage games of the anti-jamming figures). |a_ij| <= 2.
            double rhoNorm = 0;
            for (int i = 0; i < n; i++) {
                rhoNorm += Math.abs(rho[i]);
            }
            double pivotFloor = tol * Math.max(1, 2 * rhoNorm);
            for (int j = 0; j < vars; j++) {
                if (inBasis[j]) {
                    continue;
                }
                double alpha = 0;
                double dj = j < m ? 1 : 0;
                for (int i = 0; i < n; i++) {
                    double a = column(bt, m, j, i);
                    alpha += rho[i] * a;
                    dj -= pi[i] * a;
                }
                if (alpha < -pivotFloor) {
                    double ratio = Math.max(0, dj) / -alpha;
                    if (ratio < best * (1 - RATIO_TIE)) {
                        best = ratio;
                        enter = j;
                    }
                    // Equal ratios keep the smaller id (j increases): Bland's tie-break.
                }
            }
            if (enter < 0) {
                // Primal infeasible cannot happen (x large is feasible); only rounding gets here.
                ok = false;
                break;
            }
            inBasis[basis[leave]] = false;
            inBasis[enter] = true;
            basis[leave] = enter;
            pivots++;
        }
        double[] p1 = new double[m];
        double[] p2 = new double[n];
        if (ok) {
            for (int q = 0; q < n; q++) {
                rhs[q] = basis[q] < m ? 1 : 0;
            }
            ok = solve(ab, rhs, pi, true);
            for (int q = 0; q < n && ok; q++) {
                if (basis[q] < m) {
                    p1[basis[q]] = Math.max(0, xb[q]);
                }
            }
            for (int c = 0; c < n && ok; c++) {
                p2[c] = Math.max(0, pi[c]);
            }
            ok = ok && normalize(p1) && normalize(p2);
        }
        if (!ok) {
            java.util.Arrays.fill(p1, 1.0 / m);
            java.util.Arrays.fill(p2, 1.0 / n);
        }
        return certify(u, p1, p2, pivots, ok, scale);
    }

    /** Entry i of column j of A = [B^T | -I]. */
    private static double column(double[][] bt, int m, int j, int i) {
        return j < m ? bt[i][j] : (j - m == i ? -1 : 0);
    }

    /**
     * Solves {@code a x = b} (or {@code a^T x = b}) by Gaussian elimination with partial
     * pivoting on a copy; false if singular.
     */
    private static boolean solve(double[][] a, double[] b, double[] x, boolean transpose) {
        int n = b.length;
        double[][] w = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = transpose ? a[j][i] : a[i][j];
            }
            w[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(w[i][col]) > Math.abs(w[piv][col])) {
                    piv = i;
                }
            }
            if (!(Math.abs(w[piv][col]) > SINGULAR)) {
                return false;
            }
            double[] tmp = w[col];
            w[col] = w[piv];
            w[piv] = tmp;
            for (int i = col + 1; i < n; i++) {
                double f = w[i][col] / w[col][col];
                if (f != 0) {
                    for (int j = col; j <= n; j++) {
                        w[i][j] -= f * w[col][j];
                    }
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = w[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= w[i][j] * x[j];
            }
            x[i] = s / w[i][i];
        }
        return true;
    }

    private ZeroSumGameSolution certify(double[][] u, double[] p1, double[] p2, int pivots, boolean ok, double scale) {
        int m = u.length;
        int n = u[0].length;
        double lower = Double.POSITIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            double s = 0;
            for (int r = 0; r < m; r++) {
                s += p1[r] * u[r][c];
            }
            lower = Math.min(lower, s);
        }
        double upper = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m; r++) {
            double s = 0;
            for (int c = 0; c < n; c++) {
                s += u[r][c] * p2[c];
            }
            upper = Math.max(upper, s);
        }
        boolean converged = ok && upper - lower <= gapTolerance * scale;
        return new ZeroSumGameSolution(0.5 * (lower + upper), p1, p2, lower, upper, pivots, converged);
    }

    private static boolean normalize(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        if (!(s > 0) || !Double.isFinite(s)) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= s;
        }
        return true;
    }

    private static int checkMatrix(double[][] u) {
        if (u == null || u.length == 0 || u[0] == null || u[0].length == 0) {
            throw new IllegalArgumentException("u must be a non-empty matrix");
        }
        int n = u[0].length;
        for (double[] row : u) {
            if (row == null || row.length != n) {
                throw new IllegalArgumentException("u must be rectangular with " + n + " columns");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("u must be finite, got " + v);
                }
            }
        }
        return u.length;
    }
}
