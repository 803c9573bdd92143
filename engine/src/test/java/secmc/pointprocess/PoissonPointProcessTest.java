package secmc.pointprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import secmc.geometry.Annulus;
import secmc.geometry.Disk;
import secmc.geometry.PointSet;
import secmc.geometry.Square;
import secmc.geometry.Window;
import secmc.random.TaskRandom;

class PoissonPointProcessTest {
    /** Significance of each goodness-of-fit test: the false-failure probability per test. */
    private static final double ALPHA = 1e-4;

    /**
     * Chi-square goodness of fit of the point counts against Poisson(mean): bins cover the
     * central mass with expected count >= 20 each, tails pooled. False failure 1e-4 per mean.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 30, 5000})
    void countsArePoisson(double mean) {
        UniformRandomProvider rng = TaskRandom.generator(11, "test.poisson", (long) mean, 0);
        Window w = new Disk(1);
        PoissonPointProcess.Sampler s = new PoissonPointProcess(w, mean / w.area()).sampler(rng);
        int n = 200_000;
        PoissonDistribution pd = PoissonDistribution.of(mean);
        int lo = pd.inverseCumulativeProbability(1e-3);
        int hi = pd.inverseCumulativeProbability(1 - 1e-3);
        // bins: (-inf, lo], lo+1, ..., hi-1, [hi, inf); merge neighbours until expected >= 20
        int k = hi - lo + 1;
        long[] observed = new long[k];
        for (int i = 0; i < n; i++) {
            int c = s.sampleCount();
            observed[Math.min(Math.max(c, lo), hi) - lo]++;
        }
        double[] expected = new double[k];
        for (int j = 0; j < k; j++) {
            int c = lo + j;
            double p = j == 0 ? pd.cumulativeProbability(c)
                    : j == k - 1 ? pd.survivalProbability(c - 1) : pd.probability(c);
            expected[j] = p * n;
        }
        // pool small bins
        java.util.List<double[]> bins = new java.util.ArrayList<>();
        double e = 0;
        double o = 0;
        for (int j = 0; j < k; j++) {
            e += expected[j];
            o += observed[j];
            if (e >= 20) {
                bins.add(new double[] {e, o});
                e = 0;
                o = 0;
            }
        }
        if (e > 0) {
            double[] last = bins.get(bins.size() - 1);
            last[0] += e;
            last[1] += o;
        }
        double[] ex = bins.stream().mapToDouble(b -> b[0]).toArray();
        long[] ob = bins.stream().mapToLong(b -> (long) b[1]).toArray();
        double p = ChiSquareTest.withDefaults().test(ex, ob).getPValue();
        assertTrue(bins.size() >= 2, "need at least two bins");
        assertTrue(p > ALPHA, "chi-square p-value " + p + " for mean " + mean + " over " + bins.size() + " bins");
    }

    /** Points fall in the window with the uniform radial law: P(r^2 <= t R^2) = t. */
    @Test
    void placementIsUniformInArea() {
        UniformRandomProvider rng = TaskRandom.generator(3, "test.ppp", 0, 0);
        PointSet pts = new PointSet(16);
        new Disk(5).placeUniform(rng, 100_000, pts);
        int inner = 0;
        for (int i = 0; i < pts.size(); i++) {
            double r2 = pts.x()[i] * pts.x()[i] + pts.y()[i] * pts.y()[i];
            assertTrue(r2 <= 25 + 1e-12);
            if (r2 <= 25 * 0.3) {
                inner++;
            }
        }
        // Binomial(1e5, 0.3): 5 standard deviations (~145) fail with probability ~6e-7.
        assertEquals(30_000, inner, 5 * Math.sqrt(1e5 * 0.3 * 0.7));
    }

    @Test
    void annulusAndSquareStayInside() {
        UniformRandomProvider rng = TaskRandom.generator(3, "test.ppp", 1, 0);
        for (Window w : new Window[] {new Annulus(2, 3), new Square(4)}) {
            PointSet pts = new PointSet(0);
            w.placeUniform(rng, 10_000, pts);
            for (int i = 0; i < pts.size(); i++) {
                assertTrue(w.contains(pts.x()[i], pts.y()[i]), w + " " + pts.x()[i] + "," + pts.y()[i]);
            }
        }
        assertEquals(Math.PI * 5, new Annulus(2, 3).area(), 1e-12);
        assertEquals(16, new Square(4).area(), 0);
    }

    /** Thinning by p keeps Binomial(n, p) points. */
    @Test
    void thinningKeepsTheRightFraction() {
        UniformRandomProvider rng = TaskRandom.generator(3, "test.ppp", 2, 0);
        PointSet pts = new PointSet(0);
        new Square(1).placeUniform(rng, 200_000, pts);
        int kept = Thinning.independent(pts, 0.25, rng, new boolean[pts.size()]);
        assertEquals(kept, pts.size());
        // Binomial(2e5, 0.25): 5 sd fail with probability ~6e-7.
        assertEquals(50_000, kept, 5 * Math.sqrt(2e5 * 0.25 * 0.75));
        double[] marks = {0.1, 0.5, 0.9, 0.3};
        assertEquals(2, Thinning.countRetained(marks, 4, 0.4));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new PoissonPointProcess(new Disk(1), 0));
        assertThrows(IllegalArgumentException.class, () -> new PoissonPointProcess(new Disk(1), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Disk(-1));
        assertThrows(IllegalArgumentException.class, () -> new Annulus(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Square(Double.NaN));
    }
}
