package secmc.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

class ZeroSumGameTest {
    /** Known games have exact rational solutions; the simplex works on O(1) numbers: a few ulps of 1. */
    private static final double EXACT = 1e-12;
    /** Primal/dual agreement demanded by the issue. */
    private static final double GAP = 1e-9;

    private final ZeroSumGame solver = new ZeroSumGame();

    @Test
    void matchingPennies() {
        ZeroSumGameSolution s = solver.solve(new double[][] {{1, -1}, {-1, 1}});
        assertTrue(s.converged());
        assertEquals(0, s.value(), EXACT);
        assertArrayEquals(new double[] {0.5, 0.5}, s.rowStrategy(), EXACT);
        assertArrayEquals(new double[] {0.5, 0.5}, s.columnStrategy(), EXACT);
    }

    @Test
    void rockPaperScissors() {
        ZeroSumGameSolution s = solver.solve(new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
        assertTrue(s.converged());
        assertEquals(0, s.value(), EXACT);
        double third = 1.0 / 3;
        assertArrayEquals(new double[] {third, third, third}, s.rowStrategy(), EXACT);
        assertArrayEquals(new double[] {third, third, third}, s.columnStrategy(), EXACT);
    }

    @Test
    void dominatedRowAndColumnGetZeroWeight() {
        // Row 2 is dominated by row 0; column 2 is dominated (for the minimizer) by column 0.
        // The reduced 2x2 game [[3, 1], [0, 2]] has value 3/2, p1 = (1/2, 1/2), p2 = (1/4, 3/4).
        double[][] u = {{3, 1, 4}, {0, 2, 5}, {2, 0, 3}};
        ZeroSumGameSolution s = solver.solve(u);
        assertTrue(s.converged());
        assertEquals(1.5, s.value(), EXACT);
        assertArrayEquals(new double[] {0.5, 0.5, 0}, s.rowStrategy(), EXACT);
        assertArrayEquals(new double[] {0.25, 0.75, 0}, s.columnStrategy(), EXACT);
    }

    @Test
    void saddlePointAndConstantGame() {
        ZeroSumGameSolution s = solver.solve(new double[][] {{2, 3}, {1, 4}});
        assertEquals(2, s.value(), EXACT);
        assertArrayEquals(new double[] {1, 0}, s.rowStrategy(), EXACT);
        ZeroSumGameSolution c = solver.solve(new double[][] {{0}, {0}, {0}});
        assertTrue(c.converged());
        assertEquals(0, c.value(), 0);
        assertEquals(1, c.rowSupport());
    }

    /** Random games, including the tall shapes of the anti-jamming stage game (up to 120 x 4). */
    @Test
    void randomGamesCertifyAndHaveBasicRowStrategies() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261123L);
        for (int t = 0; t < 2000; t++) {
            int m = 1 + rng.nextInt(120);
            int n = 1 + rng.nextInt(5);
            double[][] u = new double[m][n];
            int kind = t % 4;
            for (double[] row : u) {
                for (int c = 0; c < n; c++) {
                    // Integer payoffs make degenerate (tied) pivots frequent: Bland's rule must cope.
                    // Near-tied payoffs (1e-7 apart, as the look-ahead gains of the stage game often
                    // are) force tiny pivots after degenerate steps: the ratio test must stay exact.
                    row[c] = switch (kind) {
                        case 0 -> rng.nextInt(4);
                        case 1 -> rng.nextInt(4) + 1e-7 * rng.nextDouble();
                        default -> rng.nextDouble() * 10 - 3;
                    };
                }
            }
            ZeroSumGameSolution s = solver.solve(u);
            assertTrue(s.converged(), "game " + t);
            assertTrue(Math.abs(s.upperValue() - s.lowerValue()) <= GAP, "gap " + s.gap() + " game " + t);
            assertTrue(s.rowSupport() <= n, "support " + s.rowSupport() + " > " + n + " columns, game " + t);
            assertEquals(1, sum(s.rowStrategy()), 1e-12);
            assertEquals(1, sum(s.columnStrategy()), 1e-12);
        }
    }

    /** Differential check against Hipparchus' SimplexSolver on the row player's LP. */
    @Test
    void agreesWithHipparchusSimplex() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int t = 0; t < 60; t++) {
            int m = 2 + rng.nextInt(30);
            int n = 2 + rng.nextInt(4);
            double[][] u = new double[m][n];
            for (double[] row : u) {
                for (int c = 0; c < n; c++) {
                    row[c] = rng.nextDouble();
                }
            }
            assertEquals(hipparchusValue(u), solver.solve(u).value(), 1e-8, "game " + t);
        }
    }

    private static double hipparchusValue(double[][] u) {
        int m = u.length;
        int n = u[0].length;
        // Variables p_1..p_m, v' = v + 10 (shift keeps v' >= 0 with the non-negativity constraint).
        double[] obj = new double[m + 1];
        obj[m] = 1;
        List<LinearConstraint> cons = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            double[] a = new double[m + 1];
            for (int r = 0; r < m; r++) {
                a[r] = u[r][c] + 10;
            }
            a[m] = -1;
            cons.add(new LinearConstraint(a, Relationship.GEQ, 0));
        }
        double[] one = new double[m + 1];
        for (int r = 0; r < m; r++) {
            one[r] = 1;
        }
        cons.add(new LinearConstraint(one, Relationship.EQ, 1));
        PointValuePair p = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(obj, 0),
                new LinearConstraintSet(cons), GoalType.MAXIMIZE, new NonNegativeConstraint(true));
        return p.getValue() - 10;
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> solver.solve(new double[0][0]));
        assertThrows(IllegalArgumentException.class, () -> solver.solve(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> solver.solve(new double[][] {{Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> new ZeroSumGame(0, 1e-9, 10));
        assertThrows(IllegalArgumentException.class, () -> new ZeroSumGame(1e-12, Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new ZeroSumGame(1e-12, 1e-9, 0));
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }
}
