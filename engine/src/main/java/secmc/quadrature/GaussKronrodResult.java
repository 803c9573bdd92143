package secmc.quadrature;

/**
 * The outcome of an adaptive Gauss-Kronrod integration.
 *
 * @param value the integral estimate (sum of the 15-point Kronrod values over all subintervals)
 * @param errorEstimate estimated absolute error (QUADPACK-style, sum over subintervals)
 * @param evaluations number of integrand evaluations
 * @param intervals number of subintervals in the final partition
 * @param converged whether {@code errorEstimate <= max(absTol, relTol * |value|)} was reached
 *     within the subdivision limit
 */
public record GaussKronrodResult(double value, double errorEstimate, int evaluations, int intervals,
                                 boolean converged) {
}
