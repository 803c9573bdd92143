package secmc.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;

/** SpatialGrid neighbour queries against brute force on random and degenerate point sets. */
class SpatialGridTest {
    private static UniformRandomProvider rng(long k) {
        return TaskRandom.fromSeed(TaskRandom.seed(42, "SpatialGridTest", k, 0));
    }

    @Test
    void matchesBruteForce() {
        SpatialGrid grid = new SpatialGrid();
        for (int trial = 0; trial < 30; trial++) {
            UniformRandomProvider r = rng(trial);
            int n = trial == 0 ? 0 : 1 + r.nextInt(trial < 5 ? 3 : 2000);
            PointSet ps = new PointSet(n);
            new Disk(50).placeUniform(r, n, ps);
            double cell = 0.05 + 10 * r.nextDouble();
            grid.build(ps.x(), ps.y(), n, cell);
            int[] found = new int[Math.max(n, 1)];
            for (int q = 0; q < 200; q++) {
                double qx = -60 + 120 * r.nextDouble();
                double qy = -60 + 120 * r.nextDouble();
                double rad = q % 3 == 0 ? cell : 20 * r.nextDouble();
                int[] brute = bruteWithin(ps, qx, qy, rad);
                int k = grid.neighbours(qx, qy, rad, found);
                int[] got = Arrays.copyOf(found, k);
                Arrays.sort(got);
                assertArrayEquals(brute, got, "trial " + trial + " query " + q);
                assertEquals(brute.length, grid.countWithin(qx, qy, rad));
                assertEquals(brute.length > 0, grid.anyWithin(qx, qy, rad));
                double maxR = q % 2 == 0 ? Double.POSITIVE_INFINITY : rad;
                assertEquals(bruteNearest(ps, qx, qy, maxR), grid.nearest(qx, qy, maxR), "nearest " + q);
            }
        }
    }

    @Test
    void degenerateSets() {
        SpatialGrid grid = new SpatialGrid();
        double[] x = {1, 1, 1, 1};
        double[] y = {0, 0, 0, 1e6};
        grid.build(x, y, 4, 1e-3); // a thin tall box: the cell side must grow, not the cell count
        assertEquals(3, grid.countWithin(1, 0, 1e-6));
        assertEquals(0, grid.nearest(1, 0, 1));
        assertEquals(3, grid.nearest(1, 1e6 - 1, Double.POSITIVE_INFINITY));
        assertFalse(grid.anyWithin(5, 5, 1));
        assertFalse(grid.anyWithin(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> grid.build(x, y, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> grid.build(x, y, 5, 1));
    }

    private static int[] bruteWithin(PointSet ps, double qx, double qy, double r) {
        return java.util.stream.IntStream.range(0, ps.size()).filter(i -> {
            double dx = ps.x()[i] - qx;
            double dy = ps.y()[i] - qy;
            return dx * dx + dy * dy < r * r;
        }).toArray();
    }

    private static int bruteNearest(PointSet ps, double qx, double qy, double maxR) {
        int best = -1;
        double best2 = maxR * maxR;
        for (int i = 0; i < ps.size(); i++) {
            double dx = ps.x()[i] - qx;
            double dy = ps.y()[i] - qy;
            double d2 = dx * dx + dy * dy;
            if (d2 < best2) {
                best2 = d2;
                best = i;
            }
        }
        return best;
    }
}
