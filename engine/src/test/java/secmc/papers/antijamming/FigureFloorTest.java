package secmc.papers.antijamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;
import secmc.scenario.Grid;
import secmc.scenario.GridPoint;
import secmc.scenario.Params;
import secmc.scenario.Scenario;

/**
 * theta / T against the analytic floor of spec anti-jamming.md §6, over every grid point of
 * every figure scenario ({@code antijam.fig2} .. {@code fig9}) at a small horizon.
 *
 * <p>Per run (deterministic, no tolerance beyond rounding): buffers start empty and hold at most
 * B_max, so the drops satisfy the conservation law
 * \( N\theta = \sum A - \sum_t \sum_i \min(b_i, g_i) - \sum_i b_i(T) \) for the exact overflow
 * count; every idle channel is allocated and one of them is jammed, so at most
 * \( \min(B_{max}, g_{max}) (M'(t) - 1)^+ \) packets leave per slot. The printed reward (6)
 * under-counts by at most \( (g_i - b_i)^+ \) per SU and slot, so for it the bound holds with
 * the granted service \( \sum g_i \le g_{max} (M'(t) - 1)^+ \) in place of the delivered packets.
 *
 * <p>Per grid point (statistical): E[theta / T] >= f_bar - min(B_max, g_max) E[(M'-1)^+] / N - B_max / T
 * follows from the per-run bound because the chains start stationary; the spec's floor itself.
 */
class FigureFloorTest {
    /** Horizon of each run: short, so all ~400 grid points run in seconds. */
    private static final int HORIZON = 200;
    /** Independent runs per grid point. */
    private static final int RUNS = 3;
    /** Drops are sums of integers / N in double: the identity holds to rounding. */
    private static final double ROUNDING = 1e-9;

    @Test
    void everyRunOfEveryFigureRespectsTheFloor() {
        Set<AntiJamConfig> configs = new LinkedHashSet<>();
        for (Scenario s : new AntiJammingScenarios().scenarios()) {
            Params base = s.defaults().with("T_theta", (long) HORIZON);
            Grid grid = Grid.of(s, base, s.plan(base));
            for (GridPoint p : grid.points()) {
                configs.add(AntiJamConfig.of(p.params()));
            }
        }
        // Both reward modes and the two other jammers on a subset, so every model option is covered.
        Set<AntiJamConfig> all = new LinkedHashSet<>(configs);
        int idx = 0;
        for (AntiJamConfig c : configs) {
            if (idx++ % 4 == 0) {
                all.add(c.withRewardMode(c.rewardMode() == RewardMode.PAPER ? RewardMode.EXACT : RewardMode.PAPER));
                all.add(withJammer(c, idx % 8 == 1 ? JammerModel.UNIFORM : JammerModel.BEST_RESPONSE));
            }
        }
        assertTrue(configs.size() > 200, "figure grids should give a few hundred configurations, got " + configs.size());
        int runs = 0;
        double worstMargin = Double.POSITIVE_INFINITY;
        for (AntiJamConfig c : all) {
            double floor = ThetaScenario.floor(c);
            double perChannel = Math.min(c.bMax(), new BufferModel(c.bMax(), c.fBar(), c.tsW(), c.berTarget(),
                    c.rewardMode()).maxRate());
            int gMax = new BufferModel(c.bMax(), c.fBar(), c.tsW(), c.berTarget(), c.rewardMode()).maxRate();
            double sum = 0;
            for (int r = 0; r < RUNS; r++) {
                long seed = 7919L * runs + r;
                UniformRandomProvider env = TaskRandom.fromSeed(TaskRandom.seed(seed, "antijam.env", 0, 0));
                UniformRandomProvider dec = TaskRandom.fromSeed(TaskRandom.seed(seed, "antijam.decisions", 0, 0));
                AntiJamSimulator sim = new AntiJamSimulator(c, env, dec, false);
                double theta = 0;
                long arrivals = 0;
                long delivered = 0;
                long granted = 0;
                long excessIdle = 0;
                for (int t = 0; t < HORIZON; t++) {
                    sim.step();
                    theta += sim.lastDrops();
                    arrivals += sim.lastArrivals();
                    delivered += sim.lastDelivered();
                    granted += sim.lastServed();
                    excessIdle += Math.max(sim.lastIdleCount() - 1, 0);
                    assertTrue(sim.lastServed() <= gMax * Math.max(sim.lastIdleCount() - 1, 0),
                            "more service than unjammed idle channels allow: " + c);
                }
                assertFalse(sim.failed(), () -> c + " stage game gains " + java.util.Arrays.deepToString(sim.firstFailedGains()));
                long left = 0;
                for (int bi : sim.buffers()) {
                    left += bi;
                }
                double nTheta = c.n() * theta;
                if (c.rewardMode() == RewardMode.EXACT) {
                    assertEquals(arrivals - delivered - left, nTheta, ROUNDING * Math.max(1, nTheta), "conservation " + c);
                    assertTrue(nTheta >= arrivals - perChannel * excessIdle - (double) c.n() * c.bMax() - ROUNDING,
                            "per-run floor " + c);
                } else {
                    assertTrue(nTheta >= arrivals - granted - left - ROUNDING, "printed (6) bound " + c);
                    assertTrue(nTheta <= arrivals - delivered - left + ROUNDING, "printed (6) over-counts " + c);
                }
                sum += theta / HORIZON;
                runs++;
            }
            worstMargin = Math.min(worstMargin, sum / RUNS - floor);
        }
        // The statistical floor per point: all ~400 points' means, each from 3 runs of 200 slots;
        // the per-run bound makes E[theta/T] >= floor - B_max/T exactly for EXACT, the margin
        // 2 B_max / T = 0.04 covers the sampling error of 3 runs (sd of theta/T per run ~0.02).
        assertTrue(worstMargin >= -0.04 - 2.0 * 4 / HORIZON, "a figure point's mean theta/T is below the floor by "
                + (-worstMargin));
    }

    private static AntiJamConfig withJammer(AntiJamConfig c, JammerModel j) {
        return new AntiJamConfig(c.m(), c.n(), c.bMax(), c.fBar(), c.tsW(), c.berTarget(), c.alphaN2F(), c.alphaF2N(),
                c.onIsIdle(), c.delta(), c.alphaExponent(), c.rewardMode(), c.scheme(), j, c.epsilon(), c.beta(),
                c.muExponent(), c.horizon());
    }
}
