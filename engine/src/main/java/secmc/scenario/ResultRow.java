package secmc.scenario;

import java.io.Serializable;

/**
 * One row of a dataset: one metric at one (curve, x). Simulated fields are null where the
 * metric is theory-only (or nothing was simulated there); {@code theory} is null where there
 * is no analytic value. Never NaN or infinite: the row builder turns those into nulls.
 */
public record ResultRow(String scenarioId, String curve, String xName, double x, String metric,
                        Double estimate, Double stdError, Double ciLow, Double ciHigh,
                        long realizations, long failures, Double theory, String params, long seed,
                        String engineVersion) implements Serializable {
}
