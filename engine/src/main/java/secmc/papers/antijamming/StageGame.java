package secmc.papers.antijamming;

import java.util.ArrayList;
import java.util.List;
import secmc.solver.ZeroSumGame;
import secmc.solver.ZeroSumGameSolution;

/**
 * The original stage game of Definition 1 (spec anti-jamming.md §4.2): rows are the complete
 * allocations l (injective maps from the K = M' idle channels to the N SUs, N!/(N-K)! of them),
 * columns the jammed channel k, and
 * \( U(l, k) = \sum_{c} a_{l(c) c, k} = w_l - G_{l(k) k} \), \( w_l = \sum_c G_{l(c) c} \),
 * with the gains G_ic = W_i(g(gamma_ic)) - W_i(0) of §4.1 (bids a_{ic,k} = G_ic 1{c != k}).
 * Immutable; one instance per (N, K).
 */
public final class StageGame {
    private final int n;
    private final int k;
    private final int[][] allocations;

    /**
     * @param n SUs, >= k
     * @param k idle channels, >= 1
     */
    public StageGame(int n, int k) {
        if (k < 1 || n < k) {
            throw new IllegalArgumentException("need 1 <= K <= N, got K = " + k + ", N = " + n);
        }
        this.n = n;
        this.k = k;
        List<int[]> out = new ArrayList<>();
        enumerate(new int[k], 0, new boolean[n], out);
        allocations = out.toArray(new int[0][]);
    }

    private void enumerate(int[] cur, int c, boolean[] used, List<int[]> out) {
        if (c == k) {
            out.add(cur.clone());
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!used[i]) {
                used[i] = true;
                cur[c] = i;
                enumerate(cur, c + 1, used, out);
                used[i] = false;
            }
        }
    }

    public int users() {
        return n;
    }

    public int channels() {
        return k;
    }

    /** Number of complete allocations, N!/(N-K)!. */
    public int size() {
        return allocations.length;
    }

    /** Owner of idle channel c under allocation l (no copy). */
    public int owner(int l, int c) {
        return allocations[l][c];
    }

    /** Index of the allocation with the given owners, or -1. */
    public int indexOf(int[] owners) {
        for (int l = 0; l < allocations.length; l++) {
            if (java.util.Arrays.equals(allocations[l], owners)) {
                return l;
            }
        }
        return -1;
    }

    /**
     * Fills the payoff matrix U from the gains.
     *
     * @param gains N x K gains G (>= 0 in the model); not modified
     * @param u size() x K output; modified
     */
    public void payoff(double[][] gains, double[][] u) {
        for (int l = 0; l < allocations.length; l++) {
            int[] a = allocations[l];
            double w = 0;
            for (int c = 0; c < k; c++) {
                w += gains[a[c]][c];
            }
            for (int c = 0; c < k; c++) {
                u[l][c] = w - gains[a[c]][c];
            }
        }
    }

    /** A new payoff matrix from the gains. */
    public double[][] payoff(double[][] gains) {
        double[][] u = new double[allocations.length][k];
        payoff(gains, u);
        return u;
    }

    /** Solves the stage game with the given solver. */
    public ZeroSumGameSolution solve(ZeroSumGame solver, double[][] gains) {
        return solver.solve(payoff(gains));
    }

    /**
     * Marginals x_ic = sum_l p_l 1{l(c) = i} of a distribution over allocations (seed eq. (8)).
     *
     * @param p probabilities over allocations
     * @param x N x K output; modified
     */
    public void marginals(double[] p, double[][] x) {
        for (double[] row : x) {
            java.util.Arrays.fill(row, 0);
        }
        for (int l = 0; l < allocations.length; l++) {
            if (p[l] != 0) {
                for (int c = 0; c < k; c++) {
                    x[allocations[l][c]][c] += p[l];
                }
            }
        }
    }
}
