package secmc.papers.guardzone;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import secmc.geometry.Disk;
import secmc.geometry.PointSet;
import secmc.geometry.SpatialGrid;
import secmc.pointprocess.PoissonHoleProcess;
import secmc.pointprocess.PoissonPointProcess;

/**
 * Monte Carlo of the guard-zone system (Kishk and Dhillon 2018, Section II; spec section 8):
 * PTs and ERs as independent PPPs in disks, PT activity by Poisson-hole carving on a
 * {@link SpatialGrid} (cost linear in the number of points), Rayleigh Exp(1) gains drawn
 * fresh for every link and realization, path loss |x|^-alpha, P = 1 W.
 *
 * <p>One instance per task and grid point: it owns the samplers and buffers, so the
 * realization loop does not allocate. Mutable, not thread-safe. All randomness comes from the
 * generator given at construction.
 *
 * <p>Windows (PROPOSED in spec section 8, made a little larger where it costs little):
 * <ul>
 *   <li>p_c and p_s: PTs on a disk of radius R_W = max(15/sqrt(lambda_P), 10 r_g) (p_s: and
 *       >= 3 R_E; p_c: >= 5 r_o), ERs on the disk (p_s: annulus r_g <= |y|) of radius R_W + r_g
 *       so that every PT sees its whole guard zone. Interference from beyond R_W is left out:
 *       at the default set its mean is ~2e-5 of the signal at r_o. Where lambda_P is so small
 *       that 15/sqrt(lambda_P) is huge, the rule is capped at the radius beyond which the mean
 *       far interference is below 1e-6 of the noise (only the ER count would grow).</li>
 *   <li>p_s: the eavesdroppers checked are the ERs within R_E = (18.4 SNR_S/theta)^(1/alpha) + 5 m,
 *       beyond which even noise-only decoding has probability below 1e-8 per ER.</li>
 *   <li>lambda_ps: only the nearest active PT matters, and it powers the typical ER with
 *       probability P(g >= a R^alpha) = exp(-a R^alpha) <= e^-50 once R >= R_H = (50/a)^(1/alpha).
 *       So PTs are simulated within R_H (exact to e^-50), ERs within R_H + r_g.</li>
 * </ul>
 */
public final class GuardZoneSimulator {
    /** Exponent bound for the harvesting window: exp(-50) ~ 2e-22 is below any Monte Carlo error. */
    static final double HARVEST_EXPONENT = 50;
    /** Noise-only decoding exponent at the eavesdropper range: exp(-18.4) ~ 1e-8 (spec section 8). */
    static final double EAVESDROPPER_EXPONENT = 18.4;
    /** Margin added to the eavesdropper range (m), spec section 8. */
    static final double EAVESDROPPER_MARGIN = 5;

    private final GuardZoneModel m;
    private final SimulationMode mode;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.Exponential exp;
    private final double pActive;
    private final double alpha;
    private final double rg;
    private final double rg2;

    private final PointSet pts = new PointSet(1024);
    private final PointSet ers = new PointSet(1024);
    private final SpatialGrid grid = new SpatialGrid();
    private boolean[] keep = new boolean[1024];
    private double[] ax = new double[1024];
    private double[] ay = new double[1024];

    private PoissonPointProcess.Sampler ptSampler;
    private PoissonPointProcess.Sampler erSampler;
    private double erInner;
    private double windowRadius = Double.NaN;
    private double eavesdropperRadius = Double.NaN;
    private int kind = -1;

    /**
     * @param m the model (its r_g and lambda_S are the simulated point)
     * @param mode exact carving or independent thinning
     * @param rng the task's generator; every deviate of every realization comes from it
     */
    public GuardZoneSimulator(GuardZoneModel m, SimulationMode mode, UniformRandomProvider rng) {
        this.m = m;
        this.mode = mode;
        this.rng = rng;
        this.exp = ZigguratSampler.Exponential.of(rng);
        this.pActive = GuardZoneTheory.pActive(m);
        this.alpha = m.alpha();
        this.rg = m.rg();
        this.rg2 = rg * rg;
    }

    /** Far-field interference budget: mean interference from beyond R_W at most this fraction of the noise. */
    static final double FAR_FIELD_FRACTION = 1e-6;

    /**
     * Radius beyond which the mean PPP(lambda_P) interference at a point,
     * 2 pi lambda_P R^(2-alpha) / (alpha - 2), is at most {@value #FAR_FIELD_FRACTION} of the
     * noise power (m). Caps the spec's 15/sqrt(lambda_P) rule where that rule only wastes ERs
     * (tiny lambda_P, e.g. noise-only checks).
     */
    static double farFieldRadius(GuardZoneModel m, double noise) {
        double a = m.alpha();
        return Math.pow(2 * Math.PI * m.lambdaP() / ((a - 2) * FAR_FIELD_FRACTION * noise), 1 / (a - 2));
    }

    /**
     * R_W for p_c (m): max(10 r_g, 5 r_o, min(15 / sqrt(lambda_P), far-field radius)); 150 m at
     * the default set (spec section 8).
     */
    public static double connectionWindow(GuardZoneModel m) {
        double base = Math.min(15 / Math.sqrt(m.lambdaP()), farFieldRadius(m, 1 / m.snrP()));
        return Math.max(Math.max(base, 10 * m.rg()), 5 * m.ro());
    }

    /** R_E for p_s (m): (18.4 SNR_S / theta)^(1/alpha) + 5. */
    public static double eavesdropperRange(GuardZoneModel m) {
        return Math.pow(EAVESDROPPER_EXPONENT * m.snrS() / m.theta(), 1 / m.alpha()) + EAVESDROPPER_MARGIN;
    }

    /** R_W for p_s (m): max(10 r_g, 3 R_E, min(15 / sqrt(lambda_P), far-field radius)). */
    public static double secrecyWindow(GuardZoneModel m) {
        double base = Math.min(15 / Math.sqrt(m.lambdaP()), farFieldRadius(m, 1 / m.snrS()));
        return Math.max(Math.max(base, 10 * m.rg()), 3 * eavesdropperRange(m));
    }

    /** R_H for lambda_ps (m): (50 / a)^(1/alpha), a = E_min / (eta P T). */
    public static double harvestWindow(GuardZoneModel m) {
        return Math.pow(HARVEST_EXPONENT / m.harvestThreshold(), 1 / m.alpha());
    }

    /** Expected number of PTs plus ERs per realization of the given kind (for validation). */
    public static double meanPoints(GuardZoneModel m, boolean secrecy, boolean harvest) {
        double r = harvest ? harvestWindow(m) : secrecy ? secrecyWindow(m) : connectionWindow(m);
        double re = r + m.rg();
        return Math.PI * (m.lambdaP() * r * r + m.lambdaS() * re * re);
    }

    private void setUp(int k, double window, double erInner) {
        if (kind == k) {
            return;
        }
        kind = k;
        windowRadius = window;
        this.erInner = erInner;
        ptSampler = new PoissonPointProcess(new Disk(window), m.lambdaP()).sampler(rng);
        // Only the ER count is drawn by this sampler; its mean is lambda_S times the ER region's area.
        double outer = window + rg;
        double area = Math.PI * (outer * outer - erInner * erInner);
        erSampler = m.lambdaS() > 0 ? new PoissonPointProcess(new Disk(Math.sqrt(area / Math.PI)), m.lambdaS())
                .sampler(rng) : null;
    }

    /**
     * Fixes the PT disk radius (m) of all later realizations of every kind (the ER region grows
     * with it), instead of the automatic rules above: for benchmarks and edge-effect studies.
     */
    public void overrideWindow(double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be finite and > 0 (m), got " + radius);
        }
        kind = -1;
        forcedWindow = radius;
    }

    private double forcedWindow = Double.NaN;

    private double window(double auto) {
        return Double.isNaN(forcedWindow) ? auto : forcedWindow;
    }

    /** Outcome of one p_c realization: the typical PT was inactive. */
    public static final int INACTIVE = 0;
    /** Outcome: active, but SINR_PR below beta. */
    public static final int ACTIVE_FAILED = 1;
    /** Outcome: active and SINR_PR >= beta (the event of eq. (4)). */
    public static final int CONNECTED = 2;

    /**
     * One realization of the connection event (4): the typical PR at the origin, the typical PT
     * at (r_o, 0), active iff no ER within r_g (EXACT) or with probability p_a (THINNED);
     * interference from every active PT of the window.
     *
     * @return {@link #INACTIVE}, {@link #ACTIVE_FAILED} or {@link #CONNECTED}
     */
    public int connection() {
        setUp(0, window(connectionWindow(m)), 0);
        boolean exact = mode == SimulationMode.EXACT;
        boolean carve = exact && rg > 0 && erSampler != null;
        if (carve) {
            sampleErs();
            grid.build(ers.x(), ers.y(), ers.size(), rg);
            if (grid.anyWithin(m.ro(), 0, rg)) {
                return INACTIVE;
            }
        } else if (!exact && !(rng.nextDouble() < pActive)) {
            return INACTIVE;
        }
        int n = samplePts();
        double[] x = pts.x();
        double[] y = pts.y();
        double interference = 0;
        for (int i = 0; i < n; i++) {
            boolean active = carve ? !grid.anyWithin(x[i], y[i], rg) : exact || rng.nextDouble() < pActive;
            if (active) {
                double d2 = x[i] * x[i] + y[i] * y[i];
                interference += exp.sample() * pathLossFromSquared(d2);
            }
        }
        double signal = exp.sample() * Math.pow(m.ro(), -alpha);
        return signal >= m.beta() * (interference + 1 / m.snrP()) ? CONNECTED : ACTIVE_FAILED;
    }

    /**
     * One realization of the secrecy event (6) given the typical PT (origin) is active: ERs on
     * the annulus r_g <= |y| <= R_W + r_g (the exact conditional law), activity of the other PTs
     * from this ER set, and the SINR (5) at every ER within R_E with interference from all
     * active PTs except the typical one. Stops at the first ER that decodes.
     *
     * @return whether every ER has SINR below theta
     */
    public boolean secure() {
        double window = window(secrecyWindow(m));
        setUp(1, window, rg);
        if (erSampler == null) {
            return true;
        }
        sampleErs();
        int active = activePts();
        double range = Math.min(eavesdropperRange(m), window);
        double range2 = range * range;
        double noise = 1 / m.snrS();
        double theta = m.theta();
        boolean thinned = mode == SimulationMode.THINNED;
        double[] ex = ers.x();
        double[] ey = ers.y();
        for (int j = 0; j < ers.size(); j++) {
            double d2 = ex[j] * ex[j] + ey[j] * ey[j];
            if (d2 > range2) {
                continue;
            }
            // SINR_y >= theta  <=>  I_y <= g_y |y|^-alpha / theta - noise =: budget.
            double budget = exp.sample() * pathLossFromSquared(d2) / theta - noise;
            if (budget < 0) {
                continue;
            }
            double interference = 0;
            boolean decodes = true;
            for (int i = 0; i < active; i++) {
                double dx = ax[i] - ex[j];
                double dy = ay[i] - ey[j];
                double q2 = dx * dx + dy * dy;
                if (thinned && q2 < rg2) {
                    continue;
                }
                interference += exp.sample() * pathLossFromSquared(q2);
                if (interference > budget) {
                    decodes = false;
                    break;
                }
            }
            if (decodes) {
                return false;
            }
        }
        return true;
    }

    /**
     * One Palm realization of the harvesting event: a typical ER at the origin joins the ER
     * set, R is the distance to its nearest active PT, and the ER is powered iff
     * eta P g R^-alpha >= E_min with g ~ Exp(1) (eqs. (8)-(9)).
     *
     * @return whether the typical ER is powered
     */
    public boolean harvested() {
        setUp(2, window(harvestWindow(m)), 0);
        if (erSampler != null && mode == SimulationMode.EXACT) {
            sampleErs();
            ers.add(0, 0);
        } else {
            ers.clear();
        }
        int n = samplePts();
        double[] x = pts.x();
        double[] y = pts.y();
        ensure(n);
        if (mode == SimulationMode.EXACT) {
            PoissonHoleProcess.carve(pts, ers, rg, grid, keep);
        } else {
            for (int i = 0; i < n; i++) {
                // The typical ER's own guard zone, eq. (35), then independent activity.
                keep[i] = x[i] * x[i] + y[i] * y[i] >= rg2 && rng.nextDouble() < pActive;
            }
        }
        double best2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                best2 = Math.min(best2, x[i] * x[i] + y[i] * y[i]);
            }
        }
        if (best2 == Double.POSITIVE_INFINITY) {
            return false;
        }
        double g = exp.sample();
        return g * pathLossFromSquared(best2) >= m.harvestThreshold();
    }

    /** Grid over the active PTs for the count estimator's nearest-PT queries. */
    private final SpatialGrid activeGrid = new SpatialGrid();

    /**
     * One realization of the count version of lambda_ps (spec sections 8 and 11.3), exact system
     * only: PTs on a disk of radius rc + R_H, ERs on the disk of radius rc + R_H + r_g, activity
     * by carving; every ER within rc of the origin takes its nearest active PT (searched within
     * R_H, beyond which it is powered with probability below e^-50) and a fresh Exp(1) gain.
     * Averaging the returned count over realizations and dividing by pi rc^2 estimates
     * lambda_ps without Palm conditioning (ergodic mean over the typical disk).
     *
     * @param rc radius of the counting disk (m), {@code > 0}
     * @return the number of ERs within rc that harvest at least E_min
     */
    public int harvestedCount(double rc) {
        if (!(rc > 0) || Double.isInfinite(rc)) {
            throw new IllegalArgumentException("rc must be finite and > 0 (m), got " + rc);
        }
        if (mode != SimulationMode.EXACT) {
            throw new IllegalStateException("the count estimator is defined for mode exact only");
        }
        double reach = harvestWindow(m);
        setUp(3, window(rc + reach), 0);
        if (erSampler == null) {
            return 0;
        }
        sampleErs();
        int active = activePts();
        if (active == 0) {
            return 0;
        }
        activeGrid.build(ax, ay, active, Math.max(reach / 4, 1));
        double rc2 = rc * rc;
        double a = m.harvestThreshold();
        double[] ex = ers.x();
        double[] ey = ers.y();
        int powered = 0;
        for (int j = 0; j < ers.size(); j++) {
            if (ex[j] * ex[j] + ey[j] * ey[j] > rc2) {
                continue;
            }
            int i = activeGrid.nearest(ex[j], ey[j], reach);
            if (i < 0) {
                continue;
            }
            double dx = ax[i] - ex[j];
            double dy = ay[i] - ey[j];
            if (exp.sample() * pathLossFromSquared(dx * dx + dy * dy) >= a) {
                powered++;
            }
        }
        return powered;
    }

    /** A PPP(lambda_P) realization on the PT disk into pts; returns the count. */
    private int samplePts() {
        int n = ptSampler.sampleCount();
        place(pts, n, 0, windowRadius);
        return n;
    }

    /** A PPP(lambda_S) realization on the ER disk or annulus into ers. */
    private void sampleErs() {
        place(ers, erSampler.sampleCount(), erInner, windowRadius + rg);
    }

    /**
     * Places n independent uniform points on the annulus inner <= |x| <= outer (a disk when
     * inner = 0) by rejection from the bounding square: no trigonometry, on average
     * 8 outer^2 / (pi (outer^2 - inner^2)) uniform deviates per point (2.55 for a disk).
     */
    private void place(PointSet out, int n, double inner, double outer) {
        out.resize(n);
        double[] x = out.x();
        double[] y = out.y();
        double lo2 = inner * inner;
        double hi2 = outer * outer;
        for (int i = 0; i < n; i++) {
            double px;
            double py;
            double d2;
            do {
                px = outer * (2 * rng.nextDouble() - 1);
                py = outer * (2 * rng.nextDouble() - 1);
                d2 = px * px + py * py;
            } while (d2 > hi2 || d2 < lo2);
            x[i] = px;
            y[i] = py;
        }
    }

    /** Samples PTs, decides activity and copies the active ones into ax/ay; returns their count. */
    private int activePts() {
        int n = samplePts();
        ensure(n);
        if (mode == SimulationMode.EXACT) {
            PoissonHoleProcess.carve(pts, ers, rg, grid, keep);
        } else {
            for (int i = 0; i < n; i++) {
                keep[i] = rng.nextDouble() < pActive;
            }
        }
        int a = 0;
        double[] x = pts.x();
        double[] y = pts.y();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                ax[a] = x[i];
                ay[a] = y[i];
                a++;
            }
        }
        return a;
    }

    private void ensure(int n) {
        if (keep.length < n) {
            int cap = Math.max(n, keep.length * 2);
            keep = new boolean[cap];
            ax = new double[cap];
            ay = new double[cap];
        }
    }

    private double pathLossFromSquared(double d2) {
        if (alpha == 4) {
            return 1 / (d2 * d2);
        }
        return Math.pow(d2, -0.5 * alpha);
    }

    /** The PT window radius of the last realization kind set up (m). */
    public double windowRadius() {
        return windowRadius;
    }
}
