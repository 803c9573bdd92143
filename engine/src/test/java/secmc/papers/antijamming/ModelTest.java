package secmc.papers.antijamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Building blocks of the model: rate (5), reward (6), buffer law (4), chains (spec §2, §9.1). */
class ModelTest {
    @Test
    void rateGivesOneTwoThreePackets() {
        BufferModel bm = new BufferModel(2, 0.5, 1, 1e-5, RewardMode.PAPER);
        assertEquals(1, bm.rate(0));
        assertEquals(2, bm.rate(1));
        assertEquals(3, bm.rate(2));
        // log2(1 + 1.5 gamma / ln 20000) = 1.330, 2.471, 3.100 (spec §2.3): T_s W = 2 doubles them.
        BufferModel twice = new BufferModel(2, 0.5, 2, 1e-5, RewardMode.PAPER);
        assertEquals(2, twice.rate(0));
        assertEquals(4, twice.rate(1));
        assertEquals(6, twice.rate(2));
    }

    /** Spec §2.5 table (f = 0.5, B_max = 2, printed (6)); printed to 5 decimals, so 5e-6. */
    @Test
    void expectedRewardMatchesSpecTable() {
        double[][] table = {
            {-0.01633, -0.00194, -0.00019, -0.00002},
            {-0.10653, -0.01633, -0.00194, -0.00019},
            {-0.50000, -0.10653, -0.01633, -0.00194}};
        BufferModel bm = new BufferModel(2, 0.5, 1, 1e-5, RewardMode.PAPER);
        for (int b = 0; b <= 2; b++) {
            for (int g = 0; g <= 3; g++) {
                assertEquals(table[b][g], bm.expectedReward(b, g), 5e-6, "b=" + b + " g=" + g);
            }
        }
        // EXACT differs only when g > b: then it is the b = g row of PAPER (drops (f - B)^+).
        BufferModel ex = new BufferModel(2, 0.5, 1, 1e-5, RewardMode.EXACT);
        assertEquals(-0.01633, ex.expectedReward(0, 3), 5e-6);
        assertEquals(bm.expectedReward(2, 1), ex.expectedReward(2, 1), 0);
    }

    @Test
    void bufferTransitionRowsAreDistributionsWithTheRightMean() {
        BufferModel bm = new BufferModel(3, 0.7, 1, 1e-5, RewardMode.PAPER);
        for (int b = 0; b <= 3; b++) {
            for (int g = 0; g <= bm.maxRate(); g++) {
                double[] row = bm.transitionRow(b, g);
                double s = 0;
                for (double p : row) {
                    s += p;
                }
                // Sum of 61 Poisson terms: truncation error < 1e-60, rounding ~1e-16.
                assertEquals(1, s, 1e-14);
                // Only next buffers >= (b - g)^+ are reachable.
                for (int b2 = 0; b2 < Math.max(b - g, 0); b2++) {
                    assertEquals(0, row[b2], 0);
                }
            }
        }
        assertEquals(2, bm.nextBuffer(3, 1, 0));
        assertEquals(3, bm.nextBuffer(0, 2, 9));
        assertEquals(-4, new BufferModel(2, 0.5, 1, 1e-5, RewardMode.PAPER).reward(2, 1, 5), 0);
        assertEquals(-3, new BufferModel(2, 0.5, 1, 1e-5, RewardMode.EXACT).reward(0, 3, 5), 0);
        assertEquals(-0.0, new BufferModel(2, 0.5, 1, 1e-5, RewardMode.PAPER).reward(0, 3, 5), 0);
    }

    /**
     * Poisson inversion sampler: mean over 200,000 draws within 4 standard errors of f
     * (2-sided normal, false-failure probability ~6.3e-5).
     */
    @Test
    void arrivalsArePoisson() {
        double f = 0.5;
        BufferModel bm = new BufferModel(2, f, 1, 1e-5, RewardMode.PAPER);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        int n = 200_000;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += bm.sampleArrivals(rng);
        }
        assertEquals(f, s / n, 4 * Math.sqrt(f / n));
    }

    @Test
    void chainsAreStochasticWithTheStationaryIdleLaw() {
        ExogenousChains ch = new ExogenousChains(2, 0.3, 0.4, true);
        assertEquals(4.0 / 7, ch.stationaryIdle(), 1e-15);
        assertEquals(3.0 / 7, new ExogenousChains(2, 0.3, 0.4, false).stationaryIdle(), 1e-15);
        for (double[][] k : new double[][][] {ch.occupancyKernel(), ch.snrKernel()}) {
            for (double[] row : k) {
                double s = 0;
                for (double p : row) {
                    s += p;
                }
                assertEquals(1, s, 1e-14);
            }
        }
        // Empirical idle frequency over 200,000 slots of 2 channels: the chain has lag-1
        // correlation 1 - 0.3 - 0.4 = 0.3, variance inflation (1 + 0.3)/(1 - 0.3); 4 sigma
        // (~6.3e-5 false failures).
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4L);
        int y = ch.sampleStationaryOccupancy(rng);
        long idle = 0;
        int slots = 200_000;
        for (int t = 0; t < slots; t++) {
            idle += Integer.bitCount(y);
            y = ch.stepOccupancy(y, rng);
        }
        double p = 4.0 / 7;
        double sd = Math.sqrt(p * (1 - p) * (1.3 / 0.7) / (2.0 * slots));
        assertEquals(p, idle / (2.0 * slots), 4 * sd);
    }

    @Test
    void stageGameEnumeratesInjectiveAllocations() {
        assertEquals(6, new StageGame(3, 2).size());
        assertEquals(120, new StageGame(6, 3).size());
        assertEquals(4, new StageGame(4, 1).size());
        StageGame g = new StageGame(3, 2);
        double[][] u = g.payoff(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        int l = g.indexOf(new int[] {2, 0});
        // Allocation: channel 0 -> SU 2 (gain 5), channel 1 -> SU 0 (gain 2); jam 0 leaves 2, jam 1 leaves 5.
        assertEquals(2, u[l][0], 0);
        assertEquals(5, u[l][1], 0);
    }

    @Test
    void configRejectsBadValuesByName() {
        AntiJamConfig d = AntiJamConfig.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withSize(3, 2, 100));
        assertTrue(e.getMessage().startsWith("N must be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withSize(2, 3, 0));
        assertTrue(e.getMessage().startsWith("T_theta"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BufferModel(0, 0.5, 1, 1e-5, RewardMode.PAPER));
        assertThrows(IllegalArgumentException.class, () -> new BufferModel(2, Double.NaN, 1, 1e-5, RewardMode.PAPER));
    }
}
