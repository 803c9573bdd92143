package secmc.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Rayleigh fading: the power gain is Exp(1) (unit mean). Draws with Commons RNG's
 * McFarland ziggurat, which needs on average just over one 64-bit deviate per sample.
 * Mutable (holds the sampler), one per task.
 */
public final class RayleighFading {
    private final ZigguratSampler.Exponential exp;

    public RayleighFading(UniformRandomProvider rng) {
        this.exp = ZigguratSampler.Exponential.of(rng);
    }

    /** One Exp(1) power gain. */
    public double sample() {
        return exp.sample();
    }

    /** Fills {@code out[0..n)} with independent Exp(1) power gains. */
    public void fill(double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = exp.sample();
        }
    }
}
