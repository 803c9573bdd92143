package secmc.papers.antijamming;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The action-independent Markov chains of the anti-jamming model (spec anti-jamming.md §2.1, §2.2):
 * channel occupancy y_j (1 = idle) per channel and the 3-state SNR chain gamma_ij per (SU, channel),
 * independent and identical. Patterns are encoded as integers: y as a bit mask (bit j set = channel j
 * idle, 2^M patterns), an SU's SNR vector in base 3 (digit j = SNR state index of channel j, 3^M
 * patterns). Immutable.
 */
public final class ExogenousChains {
    /** SNR states, linear (spec §2.2: read as linear, not dB). */
    public static final double[] SNR_STATES = {10, 30, 50};
    /** SNR transition matrix (seed Sec. IV; third column completed by row sums, spec §2.2). */
    public static final double[][] SNR_TRANSITION = {{0.4, 0.3, 0.3}, {0.3, 0.4, 0.3}, {0.3, 0.3, 0.4}};

    private final int m;
    private final double idleToIdle;
    private final double busyToIdle;
    private final double[][] patternKernel;
    private final double[][] snrKernel;
    private final int snrPatterns;

    /**
     * @param m channels, 1..4
     * @param alphaN2F on-to-off probability
     * @param alphaF2N off-to-on probability
     * @param onIsIdle whether "on" means idle (spec §2.1: DERIVED default true)
     */
    public ExogenousChains(int m, double alphaN2F, double alphaF2N, boolean onIsIdle) {
        if (m < 1 || m > AntiJamConfig.MAX_M) {
            throw new IllegalArgumentException("m must be in [1, " + AntiJamConfig.MAX_M + "], got " + m);
        }
        this.m = m;
        // on = idle: idle -> busy is on -> off (alpha_N2F); busy -> idle is off -> on (alpha_F2N).
        this.idleToIdle = onIsIdle ? 1 - alphaN2F : 1 - alphaF2N;
        this.busyToIdle = onIsIdle ? alphaF2N : alphaN2F;
        int yp = 1 << m;
        patternKernel = new double[yp][yp];
        for (int y = 0; y < yp; y++) {
            for (int y2 = 0; y2 < yp; y2++) {
                double p = 1;
                for (int j = 0; j < m; j++) {
                    double pIdle = ((y >> j) & 1) == 1 ? idleToIdle : busyToIdle;
                    p *= ((y2 >> j) & 1) == 1 ? pIdle : 1 - pIdle;
                }
                patternKernel[y][y2] = p;
            }
        }
        int gp = 1;
        for (int j = 0; j < m; j++) {
            gp *= 3;
        }
        snrPatterns = gp;
        snrKernel = new double[gp][gp];
        for (int g = 0; g < gp; g++) {
            for (int g2 = 0; g2 < gp; g2++) {
                double p = 1;
                int a = g;
                int b = g2;
                for (int j = 0; j < m; j++) {
                    p *= SNR_TRANSITION[a % 3][b % 3];
                    a /= 3;
                    b /= 3;
                }
                snrKernel[g][g2] = p;
            }
        }
    }

    public int channels() {
        return m;
    }

    /** Number of occupancy patterns, 2^M. */
    public int occupancyPatterns() {
        return 1 << m;
    }

    /** Number of SNR patterns of one SU, 3^M. */
    public int snrPatterns() {
        return snrPatterns;
    }

    /** Stationary probability that a channel is idle (4/7 with the defaults). */
    public double stationaryIdle() {
        return busyToIdle / (busyToIdle + 1 - idleToIdle);
    }

    /** P(y' | y) for patterns (row = current). Shared array: do not modify. */
    double[][] occupancyKernel() {
        return patternKernel;
    }

    /** P(gamma' | gamma) for one SU's SNR patterns (row = current). Shared array: do not modify. */
    double[][] snrKernel() {
        return snrKernel;
    }

    /** Draws an occupancy pattern from the stationary law. Consumes M uniforms. */
    public int sampleStationaryOccupancy(UniformRandomProvider rng) {
        double pi = stationaryIdle();
        int y = 0;
        for (int j = 0; j < m; j++) {
            if (rng.nextDouble() < pi) {
                y |= 1 << j;
            }
        }
        return y;
    }

    /** Advances an occupancy pattern one slot. Consumes M uniforms. */
    public int stepOccupancy(int y, UniformRandomProvider rng) {
        int next = 0;
        for (int j = 0; j < m; j++) {
            double pIdle = ((y >> j) & 1) == 1 ? idleToIdle : busyToIdle;
            if (rng.nextDouble() < pIdle) {
                next |= 1 << j;
            }
        }
        return next;
    }

    /** Advances one SNR state index (0, 1, 2) one slot by inversion. Consumes 1 uniform. */
    public static int stepSnr(int s, UniformRandomProvider rng) {
        double u = rng.nextDouble();
        double[] row = SNR_TRANSITION[s];
        if (u < row[0]) {
            return 0;
        }
        return u < row[0] + row[1] ? 1 : 2;
    }
}
