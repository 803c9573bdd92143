package secmc.papers.antijamming;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;

/** Whole runs: determinism, common random numbers, the analytic floor of theta (spec §6). */
class SimulationTest {
    @Test
    void sameSeedSameBitsAndExogenousPathsSharedAcrossSchemes() {
        AntiJamConfig c = AntiJamConfig.defaults().withSize(2, 3, 300);
        RunTrace a = RunTrace.simulate(c, 17, true);
        RunTrace b = RunTrace.simulate(c, 17, true);
        assertArrayEquals(a.drops(), b.drops());
        assertArrayEquals(a.valueSum(), b.valueSum());
        // The environment stream consumes the same deviates whatever the scheme: same occupancy path.
        int[][] paths = new int[Scheme.values().length][];
        for (Scheme s : Scheme.values()) {
            UniformRandomProvider env = TaskRandom.fromSeed(TaskRandom.seed(5, "antijam.env", 0, 0));
            UniformRandomProvider dec = TaskRandom.fromSeed(TaskRandom.seed(5, "antijam.decisions", 0, 0));
            AntiJamSimulator sim = new AntiJamSimulator(c.withScheme(s), env, dec, false);
            int[] path = new int[300];
            for (int t = 0; t < path.length; t++) {
                path[t] = sim.occupancy();
                sim.step();
            }
            paths[s.ordinal()] = path;
        }
        for (int[] p : paths) {
            assertArrayEquals(paths[0], p);
        }
    }

    /**
     * theta / T is never below the long-run floor f - min(B_max, g_max) E[(M'-1)^+] / N (spec §6),
     * for every scheme, both reward modes and several sizes. Mean over 8 runs of 1000 slots minus
     * 4 standard errors (one-sided normal, false failure ~3.2e-5 per case, 48 cases: < 1.6e-3),
     * minus the start-up allowance B_max / T for buffers that begin empty.
     */
    @Test
    void thetaPerSlotNeverBelowAnalyticFloor() {
        int[][] sizes = {{2, 3, 2}, {3, 3, 2}, {2, 2, 2}, {2, 5, 4}, {3, 6, 3}, {2, 3, 2}};
        double[] traffic = {0.5, 0.5, 1.0, 0.5, 0.9, 0.2};
        int horizon = 1000;
        for (int s = 0; s < sizes.length; s++) {
            for (Scheme scheme : new Scheme[] {Scheme.PC, Scheme.PD_REPRO, Scheme.PD_LITERAL, Scheme.RANDOM}) {
                for (RewardMode mode : RewardMode.values()) {
                    AntiJamConfig c = new AntiJamConfig(sizes[s][0], sizes[s][1], sizes[s][2], traffic[s], 1, 1e-5,
                            0.3, 0.4, true, 0.9, 0.6, mode, scheme, JammerModel.MINIMAX, 0.1, 0.1, 0.6, horizon);
                    double floor = ThetaScenario.floor(c);
                    double sum = 0;
                    double sum2 = 0;
                    int runs = 8;
                    for (int r = 0; r < runs; r++) {
                        RunTrace t = RunTrace.simulate(c, 1000L * s + r, false);
                        assertFalse(t.failed());
                        double x = t.theta(horizon) / horizon;
                        sum += x;
                        sum2 += x * x;
                    }
                    double mean = sum / runs;
                    double se = Math.sqrt(Math.max(0, sum2 / runs - mean * mean) / (runs - 1));
                    assertTrue(mean + 4 * se + (double) c.bMax() / horizon >= floor,
                            c + ": theta/T " + mean + " below floor " + floor);
                }
            }
        }
    }

    @Test
    void floorMatchesSpecValue() {
        // Spec §6: M = 2, N = 3, B_max = 2, f = 0.5, P(idle) = 4/7: E[(M'-1)^+] = 16/49, floor 0.282.
        assertEquals(0.5 - 2 * (16.0 / 49) / 3, ThetaScenario.floor(AntiJamConfig.defaults()), 1e-15);
    }
}
