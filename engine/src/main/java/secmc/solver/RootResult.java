package secmc.solver;

/**
 * The outcome of a bracketing scalar root finder.
 *
 * @param root the best abscissa found (the end of the final bracket with the smaller |f|)
 * @param residual {@code f(root)}
 * @param lower lower end of the final bracket
 * @param upper upper end of the final bracket
 * @param fLower {@code f(lower)}
 * @param fUpper {@code f(upper)}
 * @param evaluations number of evaluations of {@code f} the solver made
 * @param converged whether a stopping tolerance was met (otherwise the evaluation budget ran out)
 */
public record RootResult(double root, double residual, double lower, double upper, double fLower, double fUpper,
                         int evaluations, boolean converged) {
}
