package secmc.stats;

/**
 * Counts successes among Bernoulli trials, with long counts so merging is exact in any order.
 * The interval is Wilson's score interval (Wilson 1927), which keeps its coverage near 0 and 1
 * where the Wald interval collapses. The standard error reported is the Wald one,
 * {@code sqrt(p (1 - p) / n)}. Mutable.
 */
public final class ProportionAccumulator implements Accumulator {
    private static final long serialVersionUID = 1L;

    private long successes;
    private long trials;

    /** Adds one trial; a value {@code != 0} is a success. */
    @Override
    public void accept(double value) {
        add(value != 0);
    }

    /** Adds one trial. */
    public void add(boolean success) {
        trials++;
        if (success) {
            successes++;
        }
    }

    /** Adds {@code k} successes out of {@code n} trials. */
    public void add(long k, long n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + ", n=" + n);
        }
        successes += k;
        trials += n;
    }

    public long successes() {
        return successes;
    }

    @Override
    public long count() {
        return trials;
    }

    @Override
    public void combine(Accumulator other) {
        ProportionAccumulator o = (ProportionAccumulator) other;
        successes += o.successes;
        trials += o.trials;
    }

    @Override
    public Estimate estimate() {
        if (trials == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double n = trials;
        double p = successes / n;
        double z = Estimate.Z95;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        double low = Math.max(0, centre - half);
        double high = Math.min(1, centre + half);
        return new Estimate(p, Math.sqrt(p * (1 - p) / n), low, high, trials);
    }

    @Override
    public Accumulator emptyCopy() {
        return new ProportionAccumulator();
    }
}
