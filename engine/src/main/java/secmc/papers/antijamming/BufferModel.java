package secmc.papers.antijamming;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Rate, traffic, buffer and reward of one SU (spec anti-jamming.md §2.3-§2.5), with the
 * expected-reward and buffer-transition tables the look-ahead bids need (§4.1). Immutable.
 *
 * <p>Rate (eq. (5)): \( g = \lfloor T_s W \log_2(1 + 1.5\gamma/\ln(0.2/BER_{tar})) \rfloor \) packets
 * per slot, 0 if no channel or jammed; with the defaults g = 1, 2, 3 for gamma = 10, 30, 50.
 * Buffer: \( b' = \min((b - g)^+ + f, B_{max}) \), f ~ Poisson(f_bar). Reward (6):
 * PAPER \( -(b - g - B_{max} + f)^+ \), EXACT \( -((b - g)^+ + f - B_{max})^+ \).
 */
public final class BufferModel {
    /** Poisson support truncation (spec §2.5: x <= 60; P(f > 60) < 1e-80 for f_bar <= 5). */
    static final int POISSON_MAX = 60;

    private final int bMax;
    private final int[] rate;
    private final int gMax;
    private final double[] cdf;
    private final double[][] expectedReward;
    private final double[][][] transition;
    private final RewardMode mode;

    public BufferModel(int bMax, double fBar, double tsW, double berTarget, RewardMode mode) {
        if (bMax < 1) {
            throw new IllegalArgumentException("B_max must be >= 1 (packets), got " + bMax);
        }
        if (!(fBar > 0)) {
            throw new IllegalArgumentException("f_bar must be > 0 (packets/slot), got " + fBar);
        }
        this.bMax = bMax;
        this.mode = mode;
        rate = new int[ExogenousChains.SNR_STATES.length];
        int gm = 0;
        double k = Math.log(0.2 / berTarget);
        for (int s = 0; s < rate.length; s++) {
            rate[s] = (int) Math.floor(tsW * Math.log1p(1.5 * ExogenousChains.SNR_STATES[s] / k) / Math.log(2));
            gm = Math.max(gm, rate[s]);
        }
        gMax = gm;
        double[] pmf = new double[POISSON_MAX + 1];
        pmf[0] = Math.exp(-fBar);
        for (int x = 1; x <= POISSON_MAX; x++) {
            pmf[x] = pmf[x - 1] * fBar / x;
        }
        cdf = new double[POISSON_MAX + 1];
        double s = 0;
        for (int x = 0; x <= POISSON_MAX; x++) {
            s += pmf[x];
            cdf[x] = s;
        }
        expectedReward = new double[bMax + 1][gMax + 1];
        transition = new double[bMax + 1][gMax + 1][bMax + 1];
        for (int b = 0; b <= bMax; b++) {
            for (int g = 0; g <= gMax; g++) {
                double r = 0;
                int c = Math.max(b - g, 0);
                for (int x = 0; x <= POISSON_MAX; x++) {
                    r += pmf[x] * reward(b, g, x);
                    transition[b][g][Math.min(c + x, bMax)] += pmf[x];
                }
                expectedReward[b][g] = r;
            }
        }
    }

    public int bMax() {
        return bMax;
    }

    /** Largest packets per slot over the SNR states. */
    public int maxRate() {
        return gMax;
    }

    /** Packets per slot at SNR state index s (0, 1, 2), eq. (5) without the jamming indicator. */
    public int rate(int snrIndex) {
        return rate[snrIndex];
    }

    /** Realized reward (6) for buffer b, service g, arrivals f (<= 0). */
    public double reward(int b, int g, int f) {
        if (mode == RewardMode.PAPER) {
            return -Math.max(b - g - bMax + f, 0);
        }
        return -Math.max(Math.max(b - g, 0) + f - bMax, 0);
    }

    /** Expected reward E_f[r(b, g, f)]. */
    public double expectedReward(int b, int g) {
        return expectedReward[b][g];
    }

    /** P(b' | b, g) as a row (shared array: do not modify). */
    double[] transitionRow(int b, int g) {
        return transition[b][g];
    }

    /** Next buffer content. */
    public int nextBuffer(int b, int g, int f) {
        return Math.min(Math.max(b - g, 0) + f, bMax);
    }

    /** Draws Poisson arrivals by inversion. Consumes exactly 1 uniform (keeps streams aligned across schemes). */
    public int sampleArrivals(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        int x = 0;
        while (x < POISSON_MAX && u >= cdf[x]) {
            x++;
        }
        return x;
    }
}
