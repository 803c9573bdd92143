package secmc.papers.antijamming;

import org.apache.commons.rng.UniformRandomProvider;
import secmc.random.TaskRandom;

/**
 * The per-slot record of one run and the metrics of spec anti-jamming.md §6 computed from it.
 * One run is the Monte Carlo unit of every anti-jamming scenario.
 *
 * @param drops drops per SU in each slot (packets), -sum_i r_i(t) / N
 * @param valueSum sum over SUs of V_i at the current state, each slot
 * @param efficiency eta(t) (NaN where undefined)
 * @param tableValue sum over SUs of the state-averaged value table after each slot
 * @param failed whether any stage game failed to converge
 */
public record RunTrace(double[] drops, double[] valueSum, double[] efficiency, double[] tableValue, boolean failed) {
    /** Relative band of the convergence rule: |C(t) - C_final| <= 0.02 |C_final| (§6, PROPOSED). */
    public static final double CONVERGENCE_BAND = 0.02;

    public RunTrace {
        drops = drops.clone();
        valueSum = valueSum.clone();
        efficiency = efficiency.clone();
        tableValue = tableValue.clone();
    }

    /**
     * Simulates one run of {@code cfg.horizon()} slots. The environment and decision streams
     * are derived from {@code runSeed} only, so equal seeds give every scheme the same channel,
     * SNR and traffic paths (common random numbers, spec §10).
     */
    public static RunTrace simulate(AntiJamConfig cfg, long runSeed, boolean trackEfficiency) {
        UniformRandomProvider env = TaskRandom.fromSeed(TaskRandom.seed(runSeed, "antijam.env", 0, 0));
        UniformRandomProvider dec = TaskRandom.fromSeed(TaskRandom.seed(runSeed, "antijam.decisions", 0, 0));
        AntiJamSimulator sim = new AntiJamSimulator(cfg, env, dec, trackEfficiency);
        int t = cfg.horizon();
        double[] d = new double[t];
        double[] v = new double[t];
        double[] e = new double[t];
        double[] tv = new double[t];
        for (int s = 0; s < t; s++) {
            sim.step();
            d[s] = sim.lastDrops();
            v[s] = sim.lastValueSum();
            e[s] = sim.lastEfficiency();
            tv[s] = sim.tableValue();
        }
        return new RunTrace(d, v, e, tv, sim.failed());
    }

    public int length() {
        return drops.length;
    }

    /** theta over the first {@code slots} slots: cumulative drops per SU (§6). */
    public double theta(int slots) {
        double s = 0;
        for (int i = 0; i < slots; i++) {
            s += drops[i];
        }
        return s;
    }

    /** Smoothing window of C(t): T/20 slots (§6), at least 1. */
    public int window() {
        return Math.max(1, length() / 20);
    }

    /** |mean of the value sum over the last 10 % of slots| (the normalizer of C, §6). */
    public double normalizer() {
        int t = length();
        int from = t - Math.max(1, t / 10);
        double s = 0;
        for (int i = from; i < t; i++) {
            s += valueSum[i];
        }
        return Math.abs(s / (t - from));
    }

    /**
     * Normalized cumulative value C after {@code slots} slots: the value sum averaged over the
     * last window slots, divided by {@link #normalizer()}; goes from 0 towards -1.
     */
    public double normalizedValue(int slots) {
        int w = window();
        int from = Math.max(0, slots - w);
        double s = 0;
        for (int i = from; i < slots; i++) {
            s += valueSum[i];
        }
        return s / (slots - from) / normalizer();
    }

    /**
     * First slot count after which the learned values stay within {@link #CONVERGENCE_BAND} of
     * their final level (§6 rule). Applied per run to the state-averaged value table
     * ({@code tableValue}), smoothed over the same window and normalized by its mean over the last
     * 10 %: the value at the current state (C) swings by several per cent from slot to slot with
     * the buffers, so on a single run C itself never stays within a 2 % band. Equals the horizon
     * if the last point is outside the band.
     */
    public int convergenceSlot() {
        int t = length();
        int w = window();
        int from = t - Math.max(1, t / 10);
        double fin = 0;
        for (int i = from; i < t; i++) {
            fin += tableValue[i];
        }
        fin /= t - from;
        double[] prefix = new double[t + 1];
        for (int i = 0; i < t; i++) {
            prefix[i + 1] = prefix[i] + tableValue[i];
        }
        int conv = w;
        for (int x = t; x >= w; x--) {
            double c = (prefix[x] - prefix[x - w]) / w;
            if (!(Math.abs(c - fin) <= CONVERGENCE_BAND * Math.abs(fin))) {
                conv = x + 1;
                break;
            }
        }
        return Math.min(conv, t);
    }

    /** Mean of the defined eta over the window ending after {@code slots} slots; NaN if none. */
    public double efficiency(int slots) {
        int from = Math.max(0, slots - window());
        double s = 0;
        int c = 0;
        for (int i = from; i < slots; i++) {
            if (!Double.isNaN(efficiency[i])) {
                s += efficiency[i];
                c++;
            }
        }
        return c == 0 ? Double.NaN : s / c;
    }
}
