package secmc.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class TaskRandomTest {
    private static long[] draw(UniformRandomProvider r, int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextLong();
        }
        return v;
    }

    @Test
    void sameIdentityGivesSameStream() {
        assertArrayEquals(draw(TaskRandom.generator(42, "ppp.coverage", 3, 7), 100),
                draw(TaskRandom.generator(42, "ppp.coverage", 3, 7), 100));
    }

    @Test
    void everyCoordinateOfTheIdentityChangesTheSeed() {
        long base = TaskRandom.seed(42, "ppp.coverage", 3, 7);
        assertNotEquals(base, TaskRandom.seed(43, "ppp.coverage", 3, 7));
        assertNotEquals(base, TaskRandom.seed(42, "ppp.coveragf", 3, 7));
        assertNotEquals(base, TaskRandom.seed(42, "ppp.coverage", 4, 7));
        assertNotEquals(base, TaskRandom.seed(42, "ppp.coverage", 3, 8));
        // cell and block are not interchangeable
        assertNotEquals(TaskRandom.seed(42, "s", 1, 2), TaskRandom.seed(42, "s", 2, 1));
    }

    @Test
    void seedsOfAGridOfTasksAreDistinct() {
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 4; seed++) {
            for (int cell = 0; cell < 50; cell++) {
                for (int block = 0; block < 50; block++) {
                    assertTrue(seen.add(TaskRandom.seed(seed, "x.y", cell, block)));
                }
            }
        }
    }

    @Test
    void mixerIsSplitMix64() {
        // Published SplitMix64 outputs for seed 0 (Steele, Lea and Flood 2014 reference code):
        // next() = mix64(k * 0x9e3779b97f4a7c15) for k = 1, 2, 3.
        assertEquals(0xe220a8397b1dcdafL, TaskRandom.mix64(0x9e3779b97f4a7c15L));
        assertEquals(0x6e789e6aa1b965f4L, TaskRandom.mix64(2 * 0x9e3779b97f4a7c15L));
        assertEquals(0x06c45d188009454fL, TaskRandom.mix64(3 * 0x9e3779b97f4a7c15L));
    }

    @Test
    void streamsOfNeighbouringBlocksAreUncorrelated() {
        // Pearson correlation of 10^5 uniform pairs from blocks 0 and 1: |r| < 4/sqrt(n) fails
        // with probability ~6.3e-5 for independent streams.
        UniformRandomProvider a = TaskRandom.generator(7, "s", 0, 0);
        UniformRandomProvider b = TaskRandom.generator(7, "s", 0, 1);
        int n = 100_000;
        double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            double x = a.nextDouble();
            double y = b.nextDouble();
            sa += x;
            sb += y;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        double cov = sab / n - (sa / n) * (sb / n);
        double r = cov / Math.sqrt((saa / n - (sa / n) * (sa / n)) * (sbb / n - (sb / n) * (sb / n)));
        assertTrue(Math.abs(r) < 4 / Math.sqrt(n), "correlation " + r);
    }

    @Test
    void rejectsBadIdentity() {
        assertThrows(IllegalArgumentException.class, () -> TaskRandom.seed(1, "", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> TaskRandom.seed(1, "s", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> TaskRandom.seed(1, "s", 0, -1));
    }
}
