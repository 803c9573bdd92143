package secmc.papers.antijamming;

import secmc.scenario.Params;

/**
 * All settings of one anti-jamming simulation run (spec anti-jamming.md §1, §8). Immutable.
 *
 * @param m licensed channels M, 1..4
 * @param n secondary users N, {@code n >= m}, at most 8
 * @param bMax buffer size B_max (packets), >= 1
 * @param fBar mean Poisson arrivals per SU and slot (packets/slot), in (0, 5]
 * @param tsW slot length times bandwidth T_s W (packets per bit/s/Hz), > 0
 * @param berTarget target bit error rate BER_tar, in (0, 0.2)
 * @param alphaN2F on-to-off transition probability of a channel, in (0, 1)
 * @param alphaF2N off-to-on transition probability of a channel, in (0, 1)
 * @param onIsIdle whether "on" means idle (y = 1), the DERIVED reading of §2.1
 * @param delta discount factor of the value learning, in [0, 1)
 * @param alphaExponent value learning rate alpha_n = 1/n^alphaExponent, in (0.5, 1]
 * @param rewardMode printed (6) or exact overflow
 * @param scheme allocation scheme
 * @param jammer attacker model
 * @param epsilon Boltzmann-Gibbs temperature (PD only), > 0
 * @param beta learning-rate ratio exponent (PD only), > 0
 * @param muExponent payoff learning rate mu_n = 1/n^muExponent (PD only), in (0.5, 1]
 * @param horizon slots simulated, T_theta, >= 1
 */
public record AntiJamConfig(int m, int n, int bMax, double fBar, double tsW, double berTarget, double alphaN2F,
                            double alphaF2N, boolean onIsIdle, double delta, double alphaExponent,
                            RewardMode rewardMode, Scheme scheme, JammerModel jammer, double epsilon, double beta,
                            double muExponent, int horizon) {
    /** Largest M: 2^M 3^M local states and M^N preference profiles stay small. */
    public static final int MAX_M = 4;
    /** Largest N: N!/(N-M)! allocations per stage game stay in the hundreds. */
    public static final int MAX_N = 8;

    public AntiJamConfig {
        if (m < 1 || m > MAX_M) {
            throw new IllegalArgumentException("M must be in [1, " + MAX_M + "] (channels), got " + m);
        }
        if (n < m || n > MAX_N) {
            throw new IllegalArgumentException("N must be in [M, " + MAX_N + "] = [" + m + ", " + MAX_N + "] (SUs), got " + n);
        }
        if (bMax < 1) {
            throw new IllegalArgumentException("B_max must be >= 1 (packets), got " + bMax);
        }
        if (!(fBar > 0 && fBar <= 5)) {
            throw new IllegalArgumentException("f_bar must be in (0, 5] (packets/slot), got " + fBar);
        }
        if (!(tsW > 0 && tsW <= 100)) {
            throw new IllegalArgumentException("Ts_W must be in (0, 100] (packets per bit/s/Hz), got " + tsW);
        }
        if (!(berTarget > 0 && berTarget < 0.2)) {
            throw new IllegalArgumentException("BER_tar must be in (0, 0.2), got " + berTarget);
        }
        if (!(alphaN2F > 0 && alphaN2F < 1)) {
            throw new IllegalArgumentException("alpha_N2F must be in (0, 1), got " + alphaN2F);
        }
        if (!(alphaF2N > 0 && alphaF2N < 1)) {
            throw new IllegalArgumentException("alpha_F2N must be in (0, 1), got " + alphaF2N);
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in [0, 1), got " + delta);
        }
        if (!(alphaExponent > 0.5 && alphaExponent <= 1)) {
            throw new IllegalArgumentException("alpha_exp must be in (0.5, 1], got " + alphaExponent);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        if (!(muExponent > 0.5 && muExponent <= 1)) {
            throw new IllegalArgumentException("mu_exp must be in (0.5, 1], got " + muExponent);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("T_theta must be >= 1 (slots), got " + horizon);
        }
        if (rewardMode == null || scheme == null || jammer == null) {
            throw new IllegalArgumentException("rewardMode, scheme and jammer must be non-null");
        }
    }

    /** The spec's defaults (§8): M = 2, N = 3, B_max = 2, f = 0.5, PD_REPRO, minimax jammer, printed reward. */
    public static AntiJamConfig defaults() {
        return new AntiJamConfig(2, 3, 2, 0.5, 1, 1e-5, 0.3, 0.4, true, 0.9, 0.6, RewardMode.PAPER,
                Scheme.PD_REPRO, JammerModel.MINIMAX, 0.1, 0.1, 0.6, 1000);
    }

    /** The configuration of a scenario grid point (parameter names as in {@link AntiJamParameters}). */
    public static AntiJamConfig of(Params p) {
        return new AntiJamConfig((int) p.integer("M"), (int) p.integer("N"), (int) p.integer("B_max"), p.real("f_bar"),
                p.real("Ts_W"), p.real("BER_tar"), p.real("alpha_N2F"), p.real("alpha_F2N"),
                p.choice("idle_mapping").equals("on_idle"), p.real("delta"), p.real("alpha_exp"),
                RewardMode.valueOf(p.choice("reward")), Scheme.parse(p.choice("scheme")),
                JammerModel.parse(p.choice("jammer")), p.real("epsilon"), p.real("beta"), p.real("mu_exp"),
                (int) p.integer("T_theta"));
    }

    /** A copy with another scheme. */
    public AntiJamConfig withScheme(Scheme s) {
        return new AntiJamConfig(m, n, bMax, fBar, tsW, berTarget, alphaN2F, alphaF2N, onIsIdle, delta, alphaExponent,
                rewardMode, s, jammer, epsilon, beta, muExponent, horizon);
    }

    /** A copy with another reward mode. */
    public AntiJamConfig withRewardMode(RewardMode r) {
        return new AntiJamConfig(m, n, bMax, fBar, tsW, berTarget, alphaN2F, alphaF2N, onIsIdle, delta, alphaExponent,
                r, scheme, jammer, epsilon, beta, muExponent, horizon);
    }

    /** A copy with other (M, N, horizon). */
    public AntiJamConfig withSize(int m2, int n2, int horizon2) {
        return new AntiJamConfig(m2, n2, bMax, fBar, tsW, berTarget, alphaN2F, alphaF2N, onIsIdle, delta, alphaExponent,
                rewardMode, scheme, jammer, epsilon, beta, muExponent, horizon2);
    }
}
