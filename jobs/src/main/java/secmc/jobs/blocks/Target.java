package secmc.jobs.blocks;

import java.io.Serializable;
import secmc.stats.Estimate;
import secmc.stats.Tally;

/**
 * A precision target for adaptive runs: the 95 % confidence half-width every simulated metric
 * of a point must reach, absolute ({@code --target-ci}, in the metric's unit), relative to
 * {@code |estimate|} ({@code --target-ci-rel}), or both.
 *
 * @param absolute largest allowed half-width, or null
 * @param relative largest allowed half-width / |estimate|, or null
 */
public record Target(Double absolute, Double relative) implements Serializable {
    public Target {
        if (absolute == null && relative == null) {
            throw new IllegalArgumentException("a target needs --target-ci or --target-ci-rel");
        }
        if (absolute != null && !(absolute > 0 && absolute < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("--target-ci must be a finite number > 0 (95 % half-width, metric units), got " + absolute);
        }
        if (relative != null && !(relative > 0 && relative < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("--target-ci-rel must be a finite number > 0 (half-width / |estimate|), got " + relative);
        }
    }

    /**
     * How far {@code t} is from the target: the largest over its metrics of
     * (half-width / allowed half-width); {@code <= 1} means met. Infinite when a metric has no
     * finite half-width yet (too few observations) or the allowed relative width is 0.
     */
    public double ratio(Tally t) {
        double worst = 0;
        for (int i = 0; i < t.size(); i++) {
            Estimate e = t.metric(i).estimate();
            double hw = e.halfWidth();
            if (!Double.isFinite(hw)) {
                return Double.POSITIVE_INFINITY;
            }
            if (absolute != null) {
                worst = Math.max(worst, hw / absolute);
            }
            if (relative != null) {
                double allowed = relative * Math.abs(e.value());
                worst = Math.max(worst, allowed > 0 ? hw / allowed : (hw == 0 ? 0 : Double.POSITIVE_INFINITY));
            }
        }
        return worst;
    }

    /** Whether every metric of {@code t} meets the target. */
    public boolean met(Tally t) {
        return ratio(t) <= 1;
    }
}
