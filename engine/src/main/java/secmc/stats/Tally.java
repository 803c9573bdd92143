package secmc.stats;

import java.io.Serializable;

/**
 * The partial result of one grid point from one block: one accumulator per simulated metric
 * of the scenario (in the scenario's metric order) plus the count of realizations that failed
 * (a solver that did not converge, a non-finite value) and were left out of the accumulators.
 * Mutable; merged in block order by the runners.
 */
public final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Accumulator[] metrics;
    private long realizations;
    private long failures;

    /** A tally with the given empty accumulators (taken, not copied). */
    public Tally(Accumulator... metrics) {
        this.metrics = metrics.clone();
    }

    /** The accumulator of the {@code i}-th simulated metric. */
    public Accumulator metric(int i) {
        return metrics[i];
    }

    public int size() {
        return metrics.length;
    }

    /** Realizations attempted at this point (including failed ones). */
    public long realizations() {
        return realizations;
    }

    /** Realizations that failed and were left out of every accumulator. */
    public long failures() {
        return failures;
    }

    /** Records that {@code n} more realizations were attempted. */
    public void addRealizations(long n) {
        realizations += n;
    }

    /** Records one failed realization. */
    public void addFailure() {
        failures++;
    }

    /** Merges {@code other} into this tally, metric by metric. */
    public void combine(Tally other) {
        if (other.metrics.length != metrics.length) {
            throw new IllegalArgumentException("tallies differ in size: " + metrics.length + " vs " + other.metrics.length);
        }
        for (int i = 0; i < metrics.length; i++) {
            metrics[i].combine(other.metrics[i]);
        }
        realizations += other.realizations;
        failures += other.failures;
    }

    /** An empty tally with the same accumulator kinds. */
    public Tally emptyCopy() {
        Accumulator[] copy = new Accumulator[metrics.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = metrics[i].emptyCopy();
        }
        return new Tally(copy);
    }
}
