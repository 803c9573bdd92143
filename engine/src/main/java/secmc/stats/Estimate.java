package secmc.stats;

/**
 * A point estimate with its standard error and a 95 % confidence interval.
 *
 * @param value the estimate; NaN when nothing was observed
 * @param stdError its standard error (same unit); NaN when undefined (fewer than 2 samples)
 * @param ciLow lower end of the 95 % confidence interval
 * @param ciHigh upper end of the 95 % confidence interval
 * @param count number of observations
 */
public record Estimate(double value, double stdError, double ciLow, double ciHigh, long count) {
    /** The 0.975 quantile of the standard normal, for two-sided 95 % intervals. */
    public static final double Z95 = 1.959963984540054;

    public Estimate {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }

    /** Half-width of the 95 % interval. */
    public double halfWidth() {
        return 0.5 * (ciHigh - ciLow);
    }
}
