package secmc.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Log-normal shadowing: the linear power factor {@code 10^(X/10)} with {@code X ~ N(0, sigma^2)}
 * in dB (e.g. Goldsmith, <i>Wireless Communications</i>, 2005, Sec. 2.7). Mean in dB is 0, so
 * the linear mean is {@code exp((sigma ln10/10)^2 / 2) > 1}. Draws X with Commons RNG's
 * McFarland ziggurat (about one 64-bit deviate per sample). Mutable (holds the sampler), one per task.
 */
public final class LogNormalShadowing {
    private static final double DB_TO_NEPER = Math.log(10) / 10;

    private final ZigguratSampler.NormalizedGaussian normal;
    private final double sigmaDb;

    /**
     * @param rng the task's generator
     * @param sigmaDb standard deviation of the shadowing in dB, {@code >= 0} and finite
     */
    public LogNormalShadowing(UniformRandomProvider rng, double sigmaDb) {
        if (!(sigmaDb >= 0) || Double.isInfinite(sigmaDb)) {
            throw new IllegalArgumentException("sigmaDb must be finite and >= 0 (dB), got " + sigmaDb);
        }
        this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
        this.sigmaDb = sigmaDb;
    }

    /** The standard deviation in dB. */
    public double sigmaDb() {
        return sigmaDb;
    }

    /** One linear power factor {@code 10^(sigma Z / 10)}, Z standard normal; consumes one normal deviate. */
    public double sample() {
        return factor(sigmaDb, normal.sample());
    }

    /** Fills {@code out[0..n)} with independent linear factors; {@code out} is modified. */
    public void fill(double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = sample();
        }
    }

    /** The linear factor for a standard-normal value {@code z}: {@code 10^(sigmaDb z / 10)}. */
    public static double factor(double sigmaDb, double z) {
        return Math.exp(DB_TO_NEPER * sigmaDb * z);
    }
}
