package secmc.pointprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.geometry.Disk;
import secmc.geometry.PointSet;
import secmc.geometry.SpatialGrid;
import secmc.random.TaskRandom;

/** Poisson hole process: carving against brute force, and the intensity formula. */
class PoissonHoleProcessTest {
    @Test
    void carvingMatchesBruteForce() {
        UniformRandomProvider r = TaskRandom.fromSeed(TaskRandom.seed(7, "PoissonHoleProcessTest", 0, 0));
        SpatialGrid grid = new SpatialGrid();
        for (int trial = 0; trial < 20; trial++) {
            PointSet c = new PointSet(0);
            PointSet h = new PointSet(0);
            new Disk(40).placeUniform(r, 500, c);
            new Disk(45).placeUniform(r, trial * 40, h);
            double radius = 0.5 + 6 * r.nextDouble();
            boolean[] keep = new boolean[500];
            int kept = PoissonHoleProcess.carve(c, h, radius, grid, keep);
            int count = 0;
            for (int i = 0; i < 500; i++) {
                boolean free = true;
                for (int j = 0; j < h.size(); j++) {
                    double dx = c.x()[i] - h.x()[j];
                    double dy = c.y()[i] - h.y()[j];
                    free &= dx * dx + dy * dy >= radius * radius;
                }
                assertEquals(free, keep[i], "trial " + trial + " point " + i);
                count += free ? 1 : 0;
            }
            assertEquals(count, kept);
        }
    }

    /**
     * Mean number of retained points in the window equals lambda_b e^{-pi lambda_h r^2} pi R^2
     * (exact with the dilated hole window). 4000 realizations; the count's variance is
     * estimated from the sample; 4 stderr two-sided: false-failure probability ~6.3e-5.
     */
    @Test
    void intensity() {
        PoissonHoleProcess php = new PoissonHoleProcess(new Disk(30), 0.05, 0.01, 4);
        UniformRandomProvider r = TaskRandom.fromSeed(TaskRandom.seed(7, "PoissonHoleProcessTest", 1, 0));
        PoissonHoleProcess.Sampler s = php.sampler(r);
        PointSet out = new PointSet(0);
        PointSet holes = new PointSet(0);
        int n = 4000;
        double sum = 0;
        double sum2 = 0;
        for (int k = 0; k < n; k++) {
            int m = s.sample(out, holes);
            assertEquals(m, out.size());
            for (int i = 0; i < m; i++) {
                assertTrue(out.x()[i] * out.x()[i] + out.y()[i] * out.y()[i] <= 900 + 1e-9);
            }
            sum += m;
            sum2 += (double) m * m;
        }
        double mean = sum / n;
        double se = Math.sqrt((sum2 / n - mean * mean) / n);
        double expected = php.intensity() * Math.PI * 900;
        assertEquals(expected, mean, 4 * se);
    }
}
