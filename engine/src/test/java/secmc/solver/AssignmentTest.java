package secmc.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    /** Sums of at most 6 O(1) terms: brute force and Hungarian differ only by rounding. */
    private static final double TOL = 1e-12;

    @Test
    void matchesBruteForceOnSmallInstances() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(99L);
        for (int t = 0; t < 2000; t++) {
            int n = 1 + rng.nextInt(4);
            int m = n + rng.nextInt(4);
            double[][] w = new double[n][m];
            for (double[] row : w) {
                for (int c = 0; c < m; c++) {
                    row[c] = t % 3 == 0 ? rng.nextInt(3) : rng.nextDouble() * 2 - 0.5;
                }
            }
            AssignmentSolution s = Assignment.maximize(w);
            assertEquals(brute(w, 0, new boolean[m]), s.weight(), TOL, "instance " + t);
            boolean[] used = new boolean[m];
            double check = 0;
            for (int r = 0; r < n; r++) {
                int c = s.column(r);
                assertTrue(c >= 0 && c < m && !used[c]);
                used[c] = true;
                check += w[r][c];
            }
            assertEquals(check, s.weight(), TOL);
            AssignmentSolution o = Assignment.maximizeOptional(w);
            assertEquals(bruteOptional(w, 0, new boolean[m]), o.weight(), TOL, "optional instance " + t);
        }
    }

    @Test
    void rejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> Assignment.maximize(new double[][] {{1}, {2}}));
        assertThrows(IllegalArgumentException.class, () -> Assignment.maximize(new double[0][0]));
        assertThrows(IllegalArgumentException.class, () -> Assignment.maximize(new double[][] {{Double.NaN}}));
    }

    private static double brute(double[][] w, int r, boolean[] used) {
        if (r == w.length) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w[0].length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.max(best, w[r][c] + brute(w, r + 1, used));
                used[c] = false;
            }
        }
        return best;
    }

    private static double bruteOptional(double[][] w, int r, boolean[] used) {
        if (r == w.length) {
            return 0;
        }
        double best = bruteOptional(w, r + 1, used);
        for (int c = 0; c < w[0].length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.max(best, w[r][c] + bruteOptional(w, r + 1, used));
                used[c] = false;
            }
        }
        return best;
    }
}
