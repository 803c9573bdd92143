package secmc.papers.antijamming;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import secmc.solver.AuctionOutcome;
import secmc.solver.TwoLevelAuction;
import secmc.solver.ZeroSumGame;
import secmc.solver.ZeroSumGameSolution;

/**
 * One run of the anti-jamming stochastic game, slot by slot: the PC-game (spec anti-jamming.md
 * §4.9), the PD-game (§5.8) in its two variants, or uniformly random allocation, against the
 * jammer of §2.6/§5.6, with the per-SU value learning of §4.8/§5.7. Mutable: one instance per run,
 * not thread-safe.
 *
 * <p>Two generators make scheme comparisons paired (§10): {@code env} drives only the exogenous
 * processes (initial state, arrivals, channel and SNR chains) and consumes the same number of
 * deviates every slot whatever the scheme does (1 per SU for arrivals, M for channels, N M for
 * SNRs), so every scheme sees the same channel, SNR and traffic sample paths; {@code decisions}
 * drives allocations, preferences and the jammer.
 *
 * <p>Per slot it records the drops per SU (-sum_i r_i / N, eq. (6)), the SUs' summed value at the
 * current state (for C(t), §6) and, when tracked, the efficiency
 * \( \eta = \sum_{ic} x_{ic}(1 - p^*_{2,c}) G_{ic} / v \) of the allocation marginals x the scheme
 * induces against the equilibrium jammer (§5.5a; NaN when v <= 0 or not tracked).
 */
public final class AntiJamSimulator {
    /** Game values below this (relative to the largest gain) count as zero for the efficiency ratio. */
    static final double VALUE_FLOOR = 1e-9;

    private final AntiJamConfig cfg;
    private final ExogenousChains chains;
    private final BufferModel buffer;
    private final StageGame[] games;
    private final ZeroSumGame solver = new ZeroSumGame();
    private final UniformRandomProvider env;
    private final UniformRandomProvider dec;
    private final boolean trackEfficiency;
    private final int n;
    private final int m;
    private final int snrPatterns;
    private final int bLevels;

    private int y;
    private final int[][] snr;
    private final int[] b;
    private final double[][] value;
    private final double[] stateWeight;
    private double tableValue;
    private final int[][] valueVisits;
    private final double[][][] q;
    private final double[][][] uhat;
    private final int[][] learnerVisits;
    private final double[][] q2;
    private final int[] q2Visits;

    private final double[][] ev;
    private final double[] w0;
    private final double[] target;
    private final int[] served;
    private final int[] pref;
    private final int[] state;

    private double lastDrops;
    private double lastValueSum;
    private double lastEfficiency = Double.NaN;
    // Observations of the last slot, for tests and diagnostics (package-private accessors).
    private int lastIdleCount;
    private int lastArrivals;
    private int lastServed;
    private int lastDelivered;
    private int lastJam = -1;
    private final int[] lastOwner;
    private double lastGameValue = Double.NaN;
    private int lastRowSupport;
    private boolean failed;
    private double[][] firstFailedGains;
    private double[][] lastGains = new double[0][];
    private long slot;

    /**
     * Sets up a run: stationary channels, uniform SNRs, empty buffers; V = 0, q uniform, u = 0,
     * Q_2 uniform (§8 "initial state").
     *
     * @param cfg the configuration
     * @param env exogenous stream; consumes M + N M uniforms here
     * @param decisions decision stream
     * @param trackEfficiency whether to compute eta every slot (PD: enumerates the M'^N profiles)
     */
    public AntiJamSimulator(AntiJamConfig cfg, UniformRandomProvider env, UniformRandomProvider decisions,
                            boolean trackEfficiency) {
        this.cfg = cfg;
        this.env = env;
        this.dec = decisions;
        this.trackEfficiency = trackEfficiency;
        this.n = cfg.n();
        this.m = cfg.m();
        chains = new ExogenousChains(m, cfg.alphaN2F(), cfg.alphaF2N(), cfg.onIsIdle());
        buffer = new BufferModel(cfg.bMax(), cfg.fBar(), cfg.tsW(), cfg.berTarget(), cfg.rewardMode());
        games = new StageGame[m + 1];
        for (int k = 1; k <= m; k++) {
            games[k] = new StageGame(n, k);
        }
        snrPatterns = chains.snrPatterns();
        bLevels = cfg.bMax() + 1;
        int localStates = chains.occupancyPatterns() * snrPatterns * bLevels;
        value = new double[n][localStates];
        valueVisits = new int[n][localStates];
        stateWeight = new double[localStates];
        double pi = chains.stationaryIdle();
        for (int s = 0; s < localStates; s++) {
            int occ = s / (snrPatterns * bLevels);
            double w = 1.0 / (snrPatterns * bLevels);
            for (int j = 0; j < m; j++) {
                w *= ((occ >> j) & 1) == 1 ? pi : 1 - pi;
            }
            stateWeight[s] = w;
        }
        int learnerStates = cfg.scheme() == Scheme.PD_LITERAL ? localStates : chains.occupancyPatterns();
        q = new double[n][learnerStates][m];
        uhat = new double[n][learnerStates][m];
        learnerVisits = new int[n][learnerStates];
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < learnerStates; s++) {
                initUniform(q[i][s], occupancyOfLearnerState(s));
            }
        }
        q2 = new double[chains.occupancyPatterns()][m];
        q2Visits = new int[chains.occupancyPatterns()];
        for (int p = 0; p < q2.length; p++) {
            initUniform(q2[p], p);
        }
        ev = new double[n][bLevels];
        w0 = new double[n];
        target = new double[n];
        served = new int[n];
        pref = new int[n];
        state = new int[n];
        y = chains.sampleStationaryOccupancy(env);
        snr = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                snr[i][j] = (int) (env.nextDouble() * 3);
            }
        }
        b = new int[n];
        lastOwner = new int[m];
    }

    private int occupancyOfLearnerState(int s) {
        return cfg.scheme() == Scheme.PD_LITERAL ? s / (snrPatterns * bLevels) : s;
    }

    private void initUniform(double[] row, int occupancy) {
        int k = Integer.bitCount(occupancy);
        for (int j = 0; j < m; j++) {
            row[j] = ((occupancy >> j) & 1) == 1 ? 1.0 / k : 0;
        }
    }

    /** Local observable state index of SU i: (y, gamma_i1..gamma_iM, b_i) (§2.7). */
    private int localState(int i) {
        int g = 0;
        for (int j = m - 1; j >= 0; j--) {
            g = g * 3 + snr[i][j];
        }
        return (y * snrPatterns + g) * bLevels + b[i];
    }

    /** EV_i(y, gamma_i, b') for every b' (§4.1). */
    private void expectedNextValue(int i, int s) {
        double[] out = ev[i];
        Arrays.fill(out, 0);
        int g = (s / bLevels) % snrPatterns;
        double[] py = chains.occupancyKernel()[y];
        double[] pg = chains.snrKernel()[g];
        double[] v = value[i];
        for (int y2 = 0; y2 < py.length; y2++) {
            double a = py[y2];
            int base = y2 * snrPatterns;
            for (int g2 = 0; g2 < snrPatterns; g2++) {
                double w = a * pg[g2];
                int off = (base + g2) * bLevels;
                for (int b2 = 0; b2 < bLevels; b2++) {
                    out[b2] += w * v[off + b2];
                }
            }
        }
    }

    /** W_i(s_i, g): one-step look-ahead value when served g packets (§4.1). */
    private double lookAhead(int i, int g) {
        double[] row = buffer.transitionRow(b[i], g);
        double s = 0;
        for (int b2 = 0; b2 < bLevels; b2++) {
            s += row[b2] * ev[i][b2];
        }
        return buffer.expectedReward(b[i], g) + cfg.delta() * s;
    }

    /** Runs one slot. */
    public void step() {
        int k = Integer.bitCount(y);
        int[] idle = new int[k];
        for (int j = 0, c = 0; j < m; j++) {
            if (((y >> j) & 1) == 1) {
                idle[c++] = j;
            }
        }
        double vs = 0;
        for (int i = 0; i < n; i++) {
            state[i] = localState(i);
            vs += value[i][state[i]];
            expectedNextValue(i, state[i]);
            w0[i] = lookAhead(i, 0);
            target[i] = w0[i];
            served[i] = -1;
        }
        lastValueSum = vs;
        lastEfficiency = Double.NaN;
        lastIdleCount = k;
        lastJam = -1;
        Arrays.fill(lastOwner, -1);
        lastGameValue = Double.NaN;
        lastRowSupport = 0;
        lastGains = new double[0][];
        int[] gOut = new int[n];
        if (k >= 1) {
            playStage(idle, k, gOut);
        }
        for (int i = 0; i < n; i++) {
            int s = state[i];
            int visits = ++valueVisits[i][s];
            double alpha = Math.pow(visits, -cfg.alphaExponent());
            double dv = alpha * (target[i] - value[i][s]);
            value[i][s] += dv;
            tableValue += stateWeight[s] * dv;
        }
        double drops = 0;
        lastArrivals = 0;
        lastServed = 0;
        lastDelivered = 0;
        for (int i = 0; i < n; i++) {
            int f = buffer.sampleArrivals(env);
            lastArrivals += f;
            lastServed += gOut[i];
            lastDelivered += Math.min(b[i], gOut[i]);
            drops -= buffer.reward(b[i], gOut[i], f);
            b[i] = buffer.nextBuffer(b[i], gOut[i], f);
        }
        lastDrops = drops / n;
        y = chains.stepOccupancy(y, env);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                snr[i][j] = ExogenousChains.stepSnr(snr[i][j], env);
            }
        }
        slot++;
    }

    private void playStage(int[] idle, int k, int[] gOut) {
        double[][] gain = new double[n][k];
        double gainMax = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                gain[i][c] = lookAhead(i, buffer.rate(snr[i][idle[c]])) - w0[i];
                gainMax = Math.max(gainMax, Math.abs(gain[i][c]));
            }
        }
        lastGains = gain;
        StageGame game = games[k];
        double[] p2star;
        double v;
        double[] p1 = null;
        if (k == 1) {
            // The jammer jams the only idle channel: U is a zero column, v = 0 (spec §4.2).
            p2star = new double[] {1};
            v = 0;
        } else {
            ZeroSumGameSolution sol = game.solve(solver, gain);
            if (!sol.converged()) {
                if (!failed) {
                    firstFailedGains = new double[n][];
                    for (int i = 0; i < n; i++) {
                        firstFailedGains[i] = gain[i].clone();
                    }
                }
                failed = true;
            }
            p2star = sol.columnStrategy();
            p1 = sol.rowStrategy();
            v = sol.value();
            lastRowSupport = sol.rowSupport();
        }
        Scheme scheme = cfg.scheme();
        int[] owners = new int[k];
        double[][] x = new double[n][k];
        double[] q2c = null;
        double[][] bidPrime = null;
        AuctionOutcome outcome = null;
        double[][] prefProb = null;
        boolean needX = trackEfficiency || cfg.jammer() == JammerModel.BEST_RESPONSE;
        if (scheme == Scheme.PC && k >= 2) {
            int l = sample(p1, dec.nextDouble());
            for (int c = 0; c < k; c++) {
                owners[c] = game.owner(l, c);
            }
            game.marginals(p1, x);
        } else if (scheme == Scheme.RANDOM || (scheme == Scheme.PC && k == 1)) {
            // Uniform over complete allocations: marginals 1/N (also the PC choice when v = 0, spec §4.2).
            int l = dec.nextInt(game.size());
            for (int c = 0; c < k; c++) {
                owners[c] = game.owner(l, c);
                for (int i = 0; i < n; i++) {
                    x[i][c] = 1.0 / n;
                }
            }
        } else {
            q2c = new double[k];
            double z = 0;
            for (int c = 0; c < k; c++) {
                q2c[c] = q2[y][idle[c]];
                z += q2c[c];
            }
            for (int c = 0; c < k; c++) {
                q2c[c] /= z;
            }
            bidPrime = new double[n][k];
            prefProb = new double[n][k];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    bidPrime[i][c] = (1 - q2c[c]) * gain[i][c];
                }
                double[] row = q[i][learnerState(i)];
                double zq = 0;
                for (int c = 0; c < k; c++) {
                    prefProb[i][c] = row[idle[c]];
                    zq += prefProb[i][c];
                }
                for (int c = 0; c < k; c++) {
                    prefProb[i][c] /= zq;
                }
                pref[i] = sample(prefProb[i], dec.nextDouble());
            }
            outcome = TwoLevelAuction.run(bidPrime, Arrays.copyOf(pref, n));
            for (int c = 0; c < k; c++) {
                owners[c] = outcome.owner(c);
            }
            if (needX && k >= 2) {
                inducedMarginals(bidPrime, prefProb, k, x);
            }
        }
        int jam;
        double[] pj;
        if (k == 1) {
            jam = 0;
            pj = p2star;
        } else {
            switch (cfg.jammer()) {
                case UNIFORM -> {
                    jam = dec.nextInt(k);
                    pj = new double[k];
                    Arrays.fill(pj, 1.0 / k);
                }
                case BEST_RESPONSE -> {
                    jam = 0;
                    double best = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < k; c++) {
                        double loss = 0;
                        for (int i = 0; i < n; i++) {
                            loss += x[i][c] * gain[i][c];
                        }
                        if (loss > best) {
                            best = loss;
                            jam = c;
                        }
                    }
                    pj = new double[k];
                    pj[jam] = 1;
                }
                default -> {
                    jam = sample(p2star, dec.nextDouble());
                    pj = p2star;
                }
            }
        }
        lastJam = idle[jam];
        lastGameValue = v;
        for (int c = 0; c < k; c++) {
            int i = owners[c];
            lastOwner[idle[c]] = i;
            served[i] = c;
            gOut[i] = c == jam ? 0 : buffer.rate(snr[i][idle[c]]);
        }
        if (trackEfficiency && k >= 2 && v > VALUE_FLOOR * Math.max(gainMax, 1e-300)) {
            double e = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    e += x[i][c] * (1 - p2star[c]) * gain[i][c];
                }
            }
            lastEfficiency = e / v;
        }
        if (scheme.decentralized()) {
            for (int i = 0; i < n; i++) {
                int c = served[i];
                // Value target of §5.7: realized allocation, jam estimate Q_2.
                target[i] = c < 0 ? w0[i] : w0[i] + (1 - q2c[c]) * gain[i][c];
            }
            if (k >= 2) {
                learnPreferences(idle, k, gain, jam, outcome, prefProb);
            }
            int visits = ++q2Visits[y];
            double step = 1.0 / (visits + 1);
            for (int c = 0; c < k; c++) {
                int j = idle[c];
                q2[y][j] += step * ((c == jam ? 1 : 0) - q2[y][j]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                double t = w0[i];
                for (int c = 0; c < k; c++) {
                    t += x[i][c] * (1 - pj[c]) * gain[i][c];
                }
                target[i] = t;
            }
        }
    }

    private int learnerState(int i) {
        return cfg.scheme() == Scheme.PD_LITERAL ? state[i] : y;
    }

    /** Boltzmann-Gibbs strategy and CODIPAS payoff updates, seed (11)-(13) = orig. (17)-(19) (§5.5). */
    private void learnPreferences(int[] idle, int k, double[][] gain, int jam, AuctionOutcome outcome,
                                  double[][] prefProb) {
        double total = 0;
        double[] realized = new double[n];
        for (int i = 0; i < n; i++) {
            int c = served[i];
            realized[i] = c >= 0 && c != jam ? gain[i][c] : 0;
            total += realized[i];
        }
        boolean literal = cfg.scheme() == Scheme.PD_LITERAL;
        double[] sigma = new double[k];
        double[] uLocal = new double[k];
        for (int i = 0; i < n; i++) {
            double utility = literal ? (served[i] >= 0 ? realized[i] - outcome.pay(i) : 0) : total;
            int s = learnerState(i);
            double[] qi = q[i][s];
            double[] ui = uhat[i][s];
            int visits = ++learnerVisits[i][s];
            double mu = Math.pow(visits, -cfg.muExponent());
            double lambda = mu / Math.pow(visits, literal ? 1 + cfg.beta() : cfg.beta());
            for (int c = 0; c < k; c++) {
                uLocal[c] = ui[idle[c]];
            }
            BoltzmannGibbs.sigma(prefProb[i], uLocal, cfg.epsilon(), sigma, k);
            for (int c = 0; c < k; c++) {
                qi[idle[c]] = (1 - lambda) * prefProb[i][c] + lambda * sigma[c];
            }
            int chosen = pref[i];
            double step = Math.min(1, mu / prefProb[i][chosen]);
            ui[idle[chosen]] += step * (utility - ui[idle[chosen]]);
        }
    }

    /** Allocation marginals induced by independent preferences: sum over the K^N profiles (seed eq. (9)). */
    private void inducedMarginals(double[][] bids, double[][] prefProb, int k, double[][] x) {
        for (double[] row : x) {
            Arrays.fill(row, 0);
        }
        int[] prof = new int[n];
        int total = 1;
        for (int i = 0; i < n; i++) {
            total *= k;
        }
        for (int code = 0; code < total; code++) {
            int c0 = code;
            double p = 1;
            for (int i = 0; i < n; i++) {
                prof[i] = c0 % k;
                c0 /= k;
                p *= prefProb[i][prof[i]];
            }
            if (p == 0) {
                continue;
            }
            AuctionOutcome o = TwoLevelAuction.run(bids, prof);
            for (int c = 0; c < k; c++) {
                x[o.owner(c)][c] += p;
            }
        }
    }

    private static int sample(double[] p, double u) {
        double s = 0;
        int last = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                s += p[i];
                last = i;
                if (u < s) {
                    return i;
                }
            }
        }
        return last;
    }

    /** Drops per SU in the last slot, -sum_i r_i / N (packets). */
    public double lastDrops() {
        return lastDrops;
    }

    /** Sum over SUs of V_i at the state of the last slot, before its update (§6). */
    public double lastValueSum() {
        return lastValueSum;
    }

    /**
     * Sum over SUs of the value table averaged over the stationary law of (y, gamma) and uniform
     * buffer levels, after the last slot's update: the learned values without the noise of the
     * current state (used for the convergence slot).
     */
    public double tableValue() {
        return tableValue;
    }

    /** Efficiency eta of the last slot; NaN when v <= 0, M' < 2 or not tracked. */
    public double lastEfficiency() {
        return lastEfficiency;
    }

    /** Idle channels M' in the last slot. */
    int lastIdleCount() {
        return lastIdleCount;
    }

    /** Packets that arrived in the last slot, summed over SUs. */
    int lastArrivals() {
        return lastArrivals;
    }

    /** Service g_i granted in the last slot, summed over SUs (packets; may exceed what the buffers held). */
    int lastServed() {
        return lastServed;
    }

    /** Packets actually sent in the last slot, sum_i min(b_i, g_i). */
    int lastDelivered() {
        return lastDelivered;
    }

    /** Channel jammed in the last slot (global index), -1 if none was idle. */
    int lastJam() {
        return lastJam;
    }

    /** SU that got channel j in the last slot, -1 if j was busy (copy). */
    int[] lastOwners() {
        return lastOwner.clone();
    }

    /** Gains G_ic (N x M', columns = idle channels in increasing index) of the last slot; empty if M' = 0 (copy). */
    double[][] lastGains() {
        double[][] g = new double[lastGains.length][];
        for (int i = 0; i < g.length; i++) {
            g[i] = lastGains[i].clone();
        }
        return g;
    }

    /** Value v of the last stage game (0 when M' = 1, NaN when M' = 0). */
    double lastGameValue() {
        return lastGameValue;
    }

    /** Support size of the coordinator's LP strategy p_1* in the last slot (0 if no LP was solved). */
    int lastRowSupport() {
        return lastRowSupport;
    }

    /** Number of states each SU's preference learner is indexed by (PD_LITERAL: local states; else 2^M). */
    int learnerStates() {
        return q[0].length;
    }

    /** SU i's preference strategy at learner state s (copy). */
    double[] preferenceStrategy(int i, int s) {
        return q[i][s].clone();
    }

    /** Gains G (N x M') of the first stage game that failed to converge, null if none (diagnostics). */
    double[][] firstFailedGains() {
        return firstFailedGains;
    }

    /** Whether any stage game failed to converge so far. */
    public boolean failed() {
        return failed;
    }

    /** Slots simulated so far. */
    public long slots() {
        return slot;
    }

    /** Current occupancy pattern (bit j set = channel j idle). */
    public int occupancy() {
        return y;
    }

    /** Current buffer contents (copy). */
    public int[] buffers() {
        return b.clone();
    }
}
