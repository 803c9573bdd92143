package secmc.scenario;

import java.io.Serializable;
import secmc.stats.Accumulator;
import secmc.stats.MeanVarianceAccumulator;
import secmc.stats.MedianAccumulator;
import secmc.stats.ProportionAccumulator;

/**
 * An output metric of a scenario.
 *
 * @param name the value of the {@code metric} column, e.g. {@code coverage}
 * @param unit unit for labels ({@code ""} for probabilities)
 * @param description one line
 * @param estimator how simulated values are summarised; {@link Estimator#NONE} for theory-only metrics
 */
public record MetricDef(String name, String unit, String description, Estimator estimator) implements Serializable {
    /** How a simulated metric is accumulated. */
    public enum Estimator {
        /** Bernoulli trials; Wilson interval. */
        PROPORTION,
        /** Real observations; mean with normal interval. */
        MEAN,
        /** Real observations; exact sample median with the order-statistic interval (keeps every value). */
        MEDIAN,
        /** Not simulated: the rows carry the theory value only. */
        NONE
    }

    public MetricDef {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric name must be snake_case, got " + name);
        }
        unit = unit == null ? "" : unit;
    }

    /** A simulated probability. */
    public static MetricDef proportion(String name, String description) {
        return new MetricDef(name, "", description, Estimator.PROPORTION);
    }

    /** A simulated mean. */
    public static MetricDef mean(String name, String unit, String description) {
        return new MetricDef(name, unit, description, Estimator.MEAN);
    }

    /** A simulated median (keeps every observation: for modest counts per point). */
    public static MetricDef median(String name, String unit, String description) {
        return new MetricDef(name, unit, description, Estimator.MEDIAN);
    }

    /** A theory-only metric. */
    public static MetricDef theory(String name, String unit, String description) {
        return new MetricDef(name, unit, description, Estimator.NONE);
    }

    public boolean simulated() {
        return estimator != Estimator.NONE;
    }

    /** A new empty accumulator for this metric (simulated metrics only). */
    public Accumulator newAccumulator() {
        return switch (estimator) {
            case PROPORTION -> new ProportionAccumulator();
            case MEAN -> new MeanVarianceAccumulator();
            case MEDIAN -> new MedianAccumulator();
            case NONE -> throw new IllegalStateException("metric " + name + " is not simulated");
        };
    }
}
