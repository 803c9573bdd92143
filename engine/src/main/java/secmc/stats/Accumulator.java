package secmc.stats;

import java.io.Serializable;

/**
 * A mergeable, mutable summary of observations. Merging is exact and order-fixed: the
 * runners always combine partial results in block order, so a result never depends on how
 * the work was split.
 */
public interface Accumulator extends Serializable {
    /** Number of observations. */
    long count();

    /** Adds one observation. */
    void accept(double value);

    /** Merges {@code other} (same type) into this accumulator; {@code other} is not modified. */
    void combine(Accumulator other);

    /** The estimate and its 95 % confidence interval. */
    Estimate estimate();

    /** A new empty accumulator of the same kind and configuration. */
    Accumulator emptyCopy();
}
