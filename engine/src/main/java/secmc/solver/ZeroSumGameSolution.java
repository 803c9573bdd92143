package secmc.solver;

/**
 * The solution of a finite two-player zero-sum matrix game, as returned by {@link ZeroSumGame}.
 *
 * <p>{@code lowerValue} is what the row player's strategy guarantees
 * (\( \min_k (p_1^T U)_k \)), {@code upperValue} what the column player's strategy concedes at most
 * (\( \max_l (U p_2)_l \)); at an equilibrium they are equal, and their difference is the
 * certified duality gap of the returned pair.
 *
 * @param value the game value, \( \max_{p_1}\min_{p_2} p_1^T U p_2 \) (midpoint of the bounds)
 * @param rowStrategy optimal mixed strategy of the row player (maximizer), a basic solution
 * @param columnStrategy optimal mixed strategy of the column player (minimizer)
 * @param lowerValue value guaranteed by {@code rowStrategy}
 * @param upperValue value conceded by {@code columnStrategy}
 * @param iterations simplex pivots performed
 * @param converged whether the simplex terminated and the gap is within the solver's tolerance
 */
public record ZeroSumGameSolution(double value, double[] rowStrategy, double[] columnStrategy, double lowerValue,
                                  double upperValue, int iterations, boolean converged) {
    public ZeroSumGameSolution {
        rowStrategy = rowStrategy.clone();
        columnStrategy = columnStrategy.clone();
    }

    @Override
    public double[] rowStrategy() {
        return rowStrategy.clone();
    }

    @Override
    public double[] columnStrategy() {
        return columnStrategy.clone();
    }

    /** Probability of row {@code l} (no copy). */
    public double rowProbability(int l) {
        return rowStrategy[l];
    }

    /** Probability of column {@code k} (no copy). */
    public double columnProbability(int k) {
        return columnStrategy[k];
    }

    /** Certified duality gap {@code upperValue - lowerValue} (>= 0 up to rounding). */
    public double gap() {
        return upperValue - lowerValue;
    }

    /** Number of rows played with positive probability. */
    public int rowSupport() {
        int s = 0;
        for (double p : rowStrategy) {
            if (p > 0) {
                s++;
            }
        }
        return s;
    }
}
