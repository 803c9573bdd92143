package secmc.stats;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import java.util.Arrays;

/**
 * The exact sample median, mergeable: keeps every observation (in arrival order, blocks appended
 * in the runners' block order), so the merged median equals the median of the whole sample for
 * any split of the work. Memory is 8 bytes per observation: meant for metrics with at most a few
 * million observations per point (e.g. one per topology). Mutable.
 *
 * <p>Interval: the distribution-free order-statistic interval for the median (e.g. Conover,
 * <i>Practical Nonparametric Statistics</i>, 3rd ed., 1999, Sec. 3.2): the order statistics
 * {@code x_(l) <= median <= x_(u)} with {@code l, u = n/2 -+ 1.96 sqrt(n)/2} (normal approximation
 * to Binomial(n, 1/2), rounded outwards), coverage at least about 95 % for continuous data. The
 * standard error reported is the interval's half-width divided by 1.96.
 */
public final class MedianAccumulator implements Accumulator {
    private static final long serialVersionUID = 1L;

    private final DoubleArrayList values = new DoubleArrayList();

    @Override
    public long count() {
        return values.size();
    }

    @Override
    public void accept(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value must not be NaN");
        }
        values.add(value);
    }

    @Override
    public void combine(Accumulator other) {
        MedianAccumulator o = (MedianAccumulator) other;
        values.addAll(o.values);
    }

    /** The observations in arrival order (a copy). */
    public double[] values() {
        return values.toDoubleArray();
    }

    /** The sample median (mean of the two middle values for even n); NaN when empty. */
    public double median() {
        int n = values.size();
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = sorted();
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    @Override
    public Estimate estimate() {
        int n = values.size();
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] s = sorted();
        double med = n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
        double half = Estimate.Z95 * Math.sqrt(n) / 2;
        // 1-based ranks l = floor(n/2 - half), u = ceil(n/2 + 1 + half), clamped to [1, n].
        int l = (int) Math.max(1, Math.floor(n / 2.0 - half));
        int u = (int) Math.min(n, Math.ceil(n / 2.0 + 1 + half));
        double lo = s[l - 1];
        double hi = s[u - 1];
        double se = n < 2 ? Double.NaN : (hi - lo) / (2 * Estimate.Z95);
        return new Estimate(med, se, lo, hi, n);
    }

    private double[] sorted() {
        double[] s = values.toDoubleArray();
        Arrays.sort(s);
        return s;
    }

    @Override
    public Accumulator emptyCopy() {
        return new MedianAccumulator();
    }
}
