package secmc.solver;

/**
 * Solves finite two-player zero-sum matrix games by linear programming: a dense simplex on the
 * condensed (Tucker) tableau with Bland's anti-cycling rule, returning a <em>basic</em> optimal
 * strategy for the row player.
 *
 * <p>Method (Ferguson, <i>Game Theory</i>, Part II, Sec. 4.5). The payoffs are mapped affinely to
 * \( B = (U - \min U)/(\max U - \min U) + 1 \in [1, 2] \), so the value of B is positive. The column
 * player's normalised LP, \( \max \sum_k y_k \) s.t. \( B y \le 1, y \ge 0 \), starts feasible at
 * y = 0 (no phase 1 is needed); its dual \( \min \sum_l x_l \) s.t. \( B^T x \ge 1, x \ge 0 \) is
 * the row player's LP and is read off the final tableau. Then \( v_B = 1/\sum y \),
 * \( p_2 = y v_B \), \( p_1 = x v_B \). The dual solution is basic: at most one x per column
 * label of the tableau is non-zero, so the row player's support has at most as many rows as the
 * game has columns — Proposition 1 of Aghababaie Alavijeh et al. (arXiv:1611.08681, App. A;
 * spec anti-jamming.md §4.3).
 *
 * <p>Why not Hipparchus' {@code SimplexSolver}: it also returns vertices, but it builds a fresh
 * tableau with objects per call, gives no dual solution, and the anti-jamming simulation solves
 * one game per time slot; this 60-line tableau is an order of magnitude cheaper for the
 * sizes used here (at most 120 rows x 4 columns). The tests compare both on random games.
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
        // Tableau (m+1) x (n+1): B, right column 1, bottom row -1, corner 0.
        double[][] t = new double[m + 1][n + 1];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                t[r][c] = (u[r][c] - lo) / span + 1;
            }
            t[r][n] = 1;
        }
        for (int c = 0; c < n; c++) {
            t[m][c] = -1;
        }
        // Variable ids: y_c = c (column player), slack of row r = n + r (its dual is x_r).
        int[] colLabel = new int[n];
        int[] rowLabel = new int[m];
        for (int c = 0; c < n; c++) {
            colLabel[c] = c;
        }
        for (int r = 0; r < m; r++) {
            rowLabel[r] = n + r;
        }
        int pivots = 0;
        boolean ok = true;
        while (true) {
            // Bland: entering = negative reduced cost with the smallest variable id.
            int pc = -1;
            for (int c = 0; c < n; c++) {
                if (t[m][c] < -pivotTolerance && (pc < 0 || colLabel[c] < colLabel[pc])) {
                    pc = c;
                }
            }
            if (pc < 0) {
                break;
            }
            if (pivots >= maxPivots) {
                ok = false;
                break;
            }
            int pr = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < m; r++) {
                double a = t[r][pc];
                if (a > pivotTolerance) {
                    double ratio = t[r][n] / a;
                    if (ratio < best - pivotTolerance) {
                        best = ratio;
                        pr = r;
                    } else if (ratio <= best + pivotTolerance && rowLabel[r] < rowLabel[pr]) {
                        pr = r;
                        best = Math.min(best, ratio);
                    }
                }
            }
            if (pr < 0) {
                // Unbounded primal cannot happen with B >= 1; only rounding gets here.
                ok = false;
                break;
            }
            pivot(t, pr, pc);
            int tmp = rowLabel[pr];
            rowLabel[pr] = colLabel[pc];
            colLabel[pc] = tmp;
            pivots++;
        }
        double corner = t[m][n];
        double[] p1 = new double[m];
        double[] p2 = new double[n];
        if (ok && corner > 0) {
            for (int r = 0; r < m; r++) {
                if (rowLabel[r] < n) {
                    p2[rowLabel[r]] = Math.max(0, t[r][n]) / corner;
                }
            }
            for (int c = 0; c < n; c++) {
                if (colLabel[c] >= n) {
                    p1[colLabel[c] - n] = Math.max(0, t[m][c]) / corner;
                }
            }
            ok = normalize(p1) && normalize(p2);
        } else {
            ok = false;
        }
        if (!ok) {
            java.util.Arrays.fill(p1, 1.0 / m);
            java.util.Arrays.fill(p2, 1.0 / n);
        }
        return certify(u, p1, p2, pivots, ok, scale);
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

    /** Ferguson's pivot rule on the condensed tableau (includes the border row and column). */
    private static void pivot(double[][] t, int pr, int pc) {
        int rows = t.length;
        int cols = t[0].length;
        double p = t[pr][pc];
        double[] prow = t[pr];
        for (int r = 0; r < rows; r++) {
            if (r == pr) {
                continue;
            }
            double f = t[r][pc] / p;
            if (f == 0) {
                continue;
            }
            double[] row = t[r];
            for (int c = 0; c < cols; c++) {
                if (c != pc) {
                    row[c] -= f * prow[c];
                }
            }
            row[pc] = -f;
        }
        for (int c = 0; c < cols; c++) {
            if (c != pc) {
                prow[c] /= p;
            }
        }
        prow[pc] = 1 / p;
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
