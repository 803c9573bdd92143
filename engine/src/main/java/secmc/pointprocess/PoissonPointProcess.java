package secmc.pointprocess;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import secmc.geometry.PointSet;
import secmc.geometry.Window;

/**
 * Homogeneous Poisson point process of intensity {@code lambda} (points per m^2) restricted to
 * a bounded {@link Window}: a Poisson count of mean {@code lambda * area}, then that many
 * independent uniform points.
 *
 * <p>The count is drawn exactly with Commons RNG's {@code PoissonSampler} (inversion for
 * means below 40, Kemp-style rejection with exact tails above), never with a normal
 * approximation, so very large means (10^6 and more) stay exact.
 */
public record PoissonPointProcess(Window window, double lambda) {
    public PoissonPointProcess {
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and > 0 (points per m^2), got " + lambda);
        }
    }

    /** Mean number of points, {@code lambda * area}. */
    public double meanCount() {
        return lambda * window.area();
    }

    /**
     * A sampler bound to one generator; create one per task and reuse it for every
     * realization (the Poisson sampler's set-up is done once).
     */
    public Sampler sampler(UniformRandomProvider rng) {
        return new Sampler(this, rng);
    }

    /** Draws realizations of the process with one generator. Mutable, not thread-safe. */
    public static final class Sampler {
        private final Window window;
        private final UniformRandomProvider rng;
        private final SharedStateDiscreteSampler count;

        private Sampler(PoissonPointProcess process, UniformRandomProvider rng) {
            this.window = process.window;
            this.rng = rng;
            this.count = PoissonSampler.of(rng, process.meanCount());
        }

        /** Draws the Poisson number of points only. */
        public int sampleCount() {
            return count.sample();
        }

        /**
         * Replaces the contents of {@code out} by a new realization. Consumes one Poisson
         * deviate plus {@code 2 N} uniform deviates, N the number of points drawn.
         *
         * @return the number of points
         */
        public int sample(PointSet out) {
            out.clear();
            int n = count.sample();
            window.placeUniform(rng, n, out);
            return n;
        }
    }
}
