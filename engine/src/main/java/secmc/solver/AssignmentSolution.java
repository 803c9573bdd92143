package secmc.solver;

/**
 * An optimal assignment returned by {@link Assignment}.
 *
 * @param rowToColumn column assigned to each row (every row is assigned; columns at most once)
 * @param weight total weight of the assignment
 */
public record AssignmentSolution(int[] rowToColumn, double weight) {
    public AssignmentSolution {
        rowToColumn = rowToColumn.clone();
    }

    @Override
    public int[] rowToColumn() {
        return rowToColumn.clone();
    }

    /** Column of row {@code r} (no copy). */
    public int column(int r) {
        return rowToColumn[r];
    }
}
