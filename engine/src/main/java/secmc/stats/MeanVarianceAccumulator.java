package secmc.stats;

/**
 * Running mean and variance (Welford 1962), merged with Chan, Golub and LeVeque's pairwise
 * update (1979). The runners merge partial accumulators in block order only, so the result is
 * the same bits for any split of the work. Interval: mean +- 1.96 standard errors (normal
 * approximation, valid for the large counts Monte Carlo uses). Mutable.
 */
public final class MeanVarianceAccumulator implements Accumulator {
    private static final long serialVersionUID = 1L;

    private long n;
    private double mean;
    /** Sum of squared deviations from the mean. */
    private double m2;

    @Override
    public void accept(double value) {
        assert Double.isFinite(value) : "non-finite observation " + value;
        n++;
        double delta = value - mean;
        mean += delta / n;
        m2 += delta * (value - mean);
    }

    @Override
    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Unbiased sample variance; NaN below two observations. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    @Override
    public void combine(Accumulator other) {
        MeanVarianceAccumulator o = (MeanVarianceAccumulator) other;
        if (o.n == 0) {
            return;
        }
        if (n == 0) {
            n = o.n;
            mean = o.mean;
            m2 = o.m2;
            return;
        }
        long total = n + o.n;
        double delta = o.mean - mean;
        double newMean = mean + delta * ((double) o.n / total);
        m2 = m2 + o.m2 + delta * delta * ((double) n * o.n / total);
        mean = newMean;
        n = total;
    }

    @Override
    public Estimate estimate() {
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double se = n < 2 ? Double.NaN : Math.sqrt(variance() / n);
        double half = Estimate.Z95 * se;
        return new Estimate(mean, se, mean - half, mean + half, n);
    }

    @Override
    public Accumulator emptyCopy() {
        return new MeanVarianceAccumulator();
    }
}
