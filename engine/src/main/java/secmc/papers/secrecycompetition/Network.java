package secmc.papers.secrecycompetition;

/**
 * One topology with its radio parameters: the game's coefficients and the worst-case
 * evaluation of a power allocation (paper eqs. (2)-(5), (21)-(23), spec Secs. 2-3 and 7).
 * Power allocations are flat arrays {@code p[j*K + k] = p_j(k)} (W). Immutable.
 */
public final class Network {
    private static final double LN2 = Math.log(2);

    private final SystemModel model;
    private final int sbs;
    private final int channels;
    private final double[] h;
    private final double[] h0;
    private final double[] g;
    private final double[] g0;
    private final double[] hm;
    /** sqrt(epsilon_j(k)) = chi_epsilon g^_jj(k) (spec Sec. 2.3). */
    private final double[] radiusOwn;
    /** sqrt(varepsilon_j(k)) = chi_varepsilon sqrt(sum_{i != j} g^_ij(k)^2 + g^_0j(k)^2). */
    private final double[] radiusInterf;
    /** sqrt(e) = chi_e ||h^|| over all J K links. */
    private final double radiusMue;

    public Network(Gains gains, SystemModel model) {
        if (gains.channels() != model.channels()) {
            throw new IllegalArgumentException("gains have " + gains.channels() + " channels, model has "
                    + model.channels());
        }
        this.model = model;
        this.sbs = gains.sbs();
        this.channels = gains.channels();
        this.h = gains.h();
        this.h0 = gains.h0();
        this.g = gains.g();
        this.g0 = gains.g0();
        this.hm = gains.hm();
        int kk = channels;
        radiusOwn = new double[sbs * kk];
        radiusInterf = new double[sbs * kk];
        double hm2 = 0;
        for (int j = 0; j < sbs; j++) {
            for (int k = 0; k < kk; k++) {
                radiusOwn[j * kk + k] = model.chiEpsilon() * g[(j * sbs + j) * kk + k];
                double s = g0[j * kk + k] * g0[j * kk + k];
                for (int i = 0; i < sbs; i++) {
                    if (i != j) {
                        double v = g[(i * sbs + j) * kk + k];
                        s += v * v;
                    }
                }
                radiusInterf[j * kk + k] = model.chiVarepsilon() * Math.sqrt(s);
                hm2 += hm[j * kk + k] * hm[j * kk + k];
            }
        }
        radiusMue = model.chiE() * Math.sqrt(hm2);
    }

    public SystemModel model() {
        return model;
    }

    /** J. */
    public int sbs() {
        return sbs;
    }

    /** K. */
    public int channels() {
        return channels;
    }

    /** Length of a power vector, J K. */
    public int size() {
        return sbs * channels;
    }

    /** a_j(k) of (22) (1/W) at the other SBSs' powers in {@code p}. */
    public double a(int j, int k, double[] p) {
        int kk = channels;
        double interf = model.p0() * h0[j * kk + k] + model.noise();
        for (int i = 0; i < sbs; i++) {
            if (i != j) {
                interf += p[i * kk + k] * h[(i * sbs + j) * kk + k];
            }
        }
        return h[(j * sbs + j) * kk + k] / interf;
    }

    /**
     * The received interference-power bound D_j(k) of (23) (W, may be negative; spec [C4]: the
     * norm of the interferers' powers, MBS included).
     */
    public double robustDenominator(int j, int k, double[] p) {
        int kk = channels;
        double p0 = model.p0();
        double lin = p0 * g0[j * kk + k];
        double sq = p0 * p0;
        for (int i = 0; i < sbs; i++) {
            if (i != j) {
                double pi = p[i * kk + k];
                lin += pi * g[(i * sbs + j) * kk + k];
                sq += pi * pi;
            }
        }
        return lin - radiusInterf[j * kk + k] * Math.sqrt(sq);
    }

    /** Robust b_j(k) of (23) with the floor max(D, 0) of spec [C5] (1/W). */
    public double bRobust(int j, int k, double[] p) {
        double num = g[(j * sbs + j) * channels + k] + radiusOwn[j * channels + k];
        return num / (Math.max(robustDenominator(j, k, p), 0) + model.noise());
    }

    /** Nominal b_j^nom(k) (spec Sec. 2.1, NN baseline) (1/W). */
    public double bNominal(int j, int k, double[] p) {
        int kk = channels;
        double interf = model.p0() * g0[j * kk + k] + model.noise();
        for (int i = 0; i < sbs; i++) {
            if (i != j) {
                interf += p[i * kk + k] * g[(i * sbs + j) * kk + k];
            }
        }
        return g[(j * sbs + j) * kk + k] / interf;
    }

    /** sqrt(e) = chi_e ||h^||, the radius of the MUE uncertainty ball (linear gain). */
    public double radiusMue() {
        return radiusMue;
    }

    /**
     * The best-response problem (33) of SBS {@code j} at the other SBSs' powers in {@code p},
     * under {@code scheme}, at normalised price {@code kappa} = kappa~ (spec Secs. 3-4).
     */
    public BestResponse.Problem problem(int j, double[] p, Scheme scheme, double kappa) {
        BestResponse.Workspace ws = new BestResponse.Workspace(channels);
        load(j, p, scheme, kappa, ws);
        return ws.problem();
    }

    /** Writes {@link #problem}{@code (j, p, scheme, kappa)} into {@code ws} without allocating (Algorithm 1's hot path). */
    void load(int j, double[] p, Scheme scheme, double kappa, BestResponse.Workspace ws) {
        int kk = channels;
        double scale = kappa / model.iTh();
        // a(j, k, p) and bRobust / bNominal(j, k, p) for all k at once: the same sums, each in
        // the same order over i (so the same bits), with i outside so one pass serves every channel.
        double[] ia = ws.a;
        double[] ib = ws.b;
        double[] sq = ws.c;
        double p0 = model.p0();
        boolean robust = scheme.robustSecrecy();
        for (int k = 0; k < kk; k++) {
            ia[k] = p0 * h0[j * kk + k] + model.noise();
            ib[k] = robust ? p0 * g0[j * kk + k] : p0 * g0[j * kk + k] + model.noise();
            sq[k] = p0 * p0;
        }
        for (int i = 0; i < sbs; i++) {
            if (i != j) {
                int row = (i * sbs + j) * kk;
                for (int k = 0; k < kk; k++) {
                    double pi = p[i * kk + k];
                    ia[k] += pi * h[row + k];
                    ib[k] += pi * g[row + k];
                    sq[k] += pi * pi;
                }
            }
        }
        for (int k = 0; k < kk; k++) {
            ia[k] = h[(j * sbs + j) * kk + k] / ia[k];
            if (robust) {
                double d = ib[k] - radiusInterf[j * kk + k] * Math.sqrt(sq[k]);
                ib[k] = (g[(j * sbs + j) * channels + k] + radiusOwn[j * channels + k]) / (Math.max(d, 0) + model.noise());
            } else {
                ib[k] = g[(j * sbs + j) * kk + k] / ib[k];
            }
            ws.c[k] = scale * hm[j * kk + k];
        }
        ws.w = scheme.robustInterference() ? scale * radiusMue : 0;
        double s = 0;
        for (int i = 0; i < sbs; i++) {
            if (i != j) {
                for (int k = 0; k < kk; k++) {
                    s += p[i * kk + k] * p[i * kk + k];
                }
            }
        }
        ws.sOthers = s;
        ws.mask = model.pMask();
        ws.budget = model.pMax();
    }

    /** Nominal aggregate interference at the MUE, sum_j sum_k p_j(k) h^_j(k) (W), eq. (5). */
    public double interferenceNominal(double[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i] * hm[i];
        }
        return s;
    }

    /** Worst-case interference sum p h^ + sqrt(e) ||p|| (W), spec Sec. 2.2 [C7]. */
    public double interferenceWorst(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v * v;
        }
        return interferenceNominal(p) + radiusMue * Math.sqrt(s);
    }

    /** Normalised constraint value zeta~ = zeta / I^th, robust or nominal (spec Secs. 3, 6). */
    public double zetaTilde(double[] p, boolean robust) {
        double i = robust ? interferenceWorst(p) : interferenceNominal(p);
        return (i - model.iTh()) / model.iTh();
    }

    /**
     * Worst-case secrecy rate of SUE j, C-bar_j of (21) with the robust b of (23) (bits/s/Hz),
     * spec Sec. 7.
     */
    public double secrecyWorst(int j, double[] p) {
        double s = 0;
        for (int k = 0; k < channels; k++) {
            double x = p[j * channels + k];
            if (x > 0) {
                double v = (Math.log1p(x * a(j, k, p)) - Math.log1p(x * bRobust(j, k, p))) / LN2;
                s += Math.max(v, 0);
            }
        }
        return s;
    }

    /** Number of (Eve j, channel k) pairs where the floor of (23) is active, D_j(k) <= 0. */
    public int floorCount(double[] p) {
        int n = 0;
        for (int j = 0; j < sbs; j++) {
            for (int k = 0; k < channels; k++) {
                if (robustDenominator(j, k, p) <= 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
