package secmc.scenario;

import java.io.Serializable;

/**
 * One row of a dataset: one metric at one (curve, x). Simulated fields are null where the
 * metric is theory-only (or nothing was simulated there); {@code theory} is null where there
 * is no analytic value. Never NaN or infinite: the row builder turns those into nulls.
 * {@code targetMet} is null unless the run had a precision target ({@code --target-ci}): then
 * whether every simulated metric of the point reached it.
 */
public record ResultRow(String scenarioId, String curve, String xName, double x, String metric,
                        Double estimate, Double stdError, Double ciLow, Double ciHigh,
                        long realizations, long failures, Double theory, String params, long seed,
                        String engineVersion, Boolean targetMet) implements Serializable {
    /** A row of a run without a precision target. */
    public ResultRow(String scenarioId, String curve, String xName, double x, String metric,
                     Double estimate, Double stdError, Double ciLow, Double ciHigh,
                     long realizations, long failures, Double theory, String params, long seed,
                     String engineVersion) {
        this(scenarioId, curve, xName, x, metric, estimate, stdError, ciLow, ciHigh, realizations, failures, theory,
                params, seed, engineVersion, null);
    }
}
