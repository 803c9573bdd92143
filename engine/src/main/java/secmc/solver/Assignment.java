package secmc.solver;

import java.util.Arrays;

/**
 * Rectangular assignment problem by the Hungarian (Kuhn-Munkres) method in its O(n^2 m)
 * shortest-augmenting-path form with potentials (Jonker-Volgenant style): every one of the n
 * rows gets a distinct one of the m >= n columns, maximizing the total weight.
 *
 * <p>Used for the second auction of the two-level spectrum auction (spec anti-jamming.md §4.5:
 * rows = remaining channels, columns = remaining SUs) and its VCG counterfactuals. Stateless.
 */
public final class Assignment {
    private Assignment() {
    }

    /**
     * Maximum-weight assignment of every row to a distinct column.
     *
     * @param w n x m weights, 1 <= n <= m, finite; not modified
     * @return the optimal assignment; ties are broken deterministically
     */
    public static AssignmentSolution maximize(double[][] w) {
        if (w == null || w.length == 0) {
            throw new IllegalArgumentException("w must have at least one row");
        }
        int n = w.length;
        int m = w[0].length;
        if (m < n) {
            throw new IllegalArgumentException("w must have at least as many columns as rows, got " + n + " x " + m);
        }
        for (double[] row : w) {
            if (row.length != m) {
                throw new IllegalArgumentException("w must be rectangular with " + m + " columns");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("w must be finite, got " + v);
                }
            }
        }
        // Minimize cost = -w; 1-based arrays with a virtual column 0 (e-maxx formulation).
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = -w[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                rowToCol[p[j] - 1] = j - 1;
            }
        }
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += w[r][rowToCol[r]];
        }
        return new AssignmentSolution(rowToCol, total);
    }

    /**
     * Maximum-weight matching in which rows may also stay unassigned (weight 0): the
     * assignment with {@code n} zero-weight dummy columns appended.
     *
     * @param w n x m weights, n, m >= 1 (any shape), finite
     * @return per row its column, or -1 if unassigned, and the total weight
     */
    public static AssignmentSolution maximizeOptional(double[][] w) {
        if (w == null || w.length == 0) {
            throw new IllegalArgumentException("w must have at least one row");
        }
        int n = w.length;
        int m = w[0].length;
        double[][] padded = new double[n][m + n];
        for (int r = 0; r < n; r++) {
            if (w[r].length != m) {
                throw new IllegalArgumentException("w must be rectangular with " + m + " columns");
            }
            System.arraycopy(w[r], 0, padded[r], 0, m);
        }
        AssignmentSolution s = maximize(padded);
        int[] cols = s.rowToColumn();
        for (int r = 0; r < n; r++) {
            if (cols[r] >= m) {
                cols[r] = -1;
            }
        }
        return new AssignmentSolution(cols, s.weight());
    }
}
