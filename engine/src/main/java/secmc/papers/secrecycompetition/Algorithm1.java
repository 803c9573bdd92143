package secmc.papers.secrecycompetition;

import java.util.ArrayList;
import java.util.List;

/**
 * Algorithm 1 of the paper: best-response iteration at a fixed price (spec Sec. 5). Jacobi
 * (simultaneous) updates {@code p_j(t) = BR_j(p_{-j}(t-1))} as printed; stop when
 * {@code ||p(t) - p(t-1)|| / ||p(t-1)|| < sigma}. Because the contraction condition of the
 * paper's Theorem 2 often fails with these parameters, the spec's fallback schedule follows:
 * damped Jacobi {@code p <- (p + BR(p))/2}, then damped Gauss-Seidel (SBS 1..J in order, each
 * using the latest powers). If all stages fail, the last iterate is returned, not converged.
 *
 * <p>Two engine extensions, both PROPOSED beyond spec Sec. 5 and both off in {@link #SPEC}:
 * {@code adaptive} halves the Gauss-Seidel step (from 1/2 down to 1/64) whenever the smallest
 * relative change of a window of 25 sweeps is not below half that of the previous window (with
 * 1/2 damping the iteration often settles into a small persistent oscillation around an
 * equilibrium that heavier damping reaches in tens of sweeps), stopping when the change is below
 * {@code sigma * 2 * step} (the spec's test at step 1/2); and {@link #solve(Network, Scheme, double,
 * double[], boolean, Stage)} can start at a later stage, which the price solvers use to warm-start
 * the stage as well as the powers.
 *
 * <p>The returned point is checked: {@link Result#gap()} is the relative Jacobi best-response
 * gap {@code ||BR(p) - p|| / ||p||} at the returned {@code p} itself. Immutable.
 *
 * @param sigma relative stopping tolerance, {@code > 0} (spec: 1e-8)
 * @param jacobiIterations plain Jacobi budget (spec: 200)
 * @param dampedIterations damped Jacobi budget (spec: 400)
 * @param gaussSeidelIterations damped Gauss-Seidel sweeps (spec: 1000)
 * @param adaptive whether the Gauss-Seidel step adapts (see above; spec: false)
 */
public record Algorithm1(double sigma, int jacobiIterations, int dampedIterations, int gaussSeidelIterations,
                         boolean adaptive) {
    /** The spec's Sec. 5 settings, literally. */
    public static final Algorithm1 SPEC = new Algorithm1(1e-8, 200, 400, 1000, false);
    /** The spec's settings with the adaptive Gauss-Seidel step: what the scenarios use. */
    public static final Algorithm1 ENGINE = new Algorithm1(1e-8, 200, 400, 1000, true);
    /** Gauss-Seidel window (sweeps) of the adaptive step rule. */
    static final int WINDOW = 25;
    /** Smallest adaptive Gauss-Seidel step. */
    static final double MIN_STEP = 1.0 / 64;

    public Algorithm1 {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be > 0, got " + sigma);
        }
        if (jacobiIterations < 1 || dampedIterations < 0 || gaussSeidelIterations < 0) {
            throw new IllegalArgumentException("iteration budgets must be >= 1, >= 0, >= 0, got " + jacobiIterations
                    + ", " + dampedIterations + ", " + gaussSeidelIterations);
        }
    }

    /** Which stage of the schedule converged. */
    public enum Stage { JACOBI, DAMPED_JACOBI, DAMPED_GAUSS_SEIDEL, NOT_CONVERGED }

    /**
     * An equilibrium (or the last iterate).
     *
     * @param p powers p_j(k) (W), flat
     * @param stage the stage that converged, or NOT_CONVERGED
     * @param iterations total iterations (sweeps) over all stages
     * @param gap relative best-response gap at p (0 when p = BR(p) = 0)
     * @param trajectory the iterates p(0), p(1), ... if requested, else empty
     */
    public record Result(double[] p, Stage stage, int iterations, double gap, List<double[]> trajectory) {
        public Result {
            p = p.clone();
            trajectory = List.copyOf(trajectory);
        }

        @Override
        public double[] p() {
            return p.clone();
        }

        public boolean converged() {
            return stage != Stage.NOT_CONVERGED;
        }
    }

    /**
     * Runs the schedule from {@code start} at price {@code kappa}.
     *
     * @param net the topology
     * @param scheme which coefficients the SBSs use
     * @param kappa normalised price kappa~, {@code >= 0}
     * @param start initial powers (feasible), flat J K
     * @param trace whether to keep every iterate (for Fig. 2)
     */
    public Result solve(Network net, Scheme scheme, double kappa, double[] start, boolean trace) {
        return solve(net, scheme, kappa, start, trace, Stage.JACOBI);
    }

    /**
     * Runs the schedule from stage {@code first} on (JACOBI: the whole schedule; NOT_CONVERGED is
     * read as DAMPED_GAUSS_SEIDEL).
     */
    public Result solve(Network net, Scheme scheme, double kappa, double[] start, boolean trace, Stage first) {
        if (!(kappa >= 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite and >= 0, got " + kappa);
        }
        if (start.length != net.size()) {
            throw new IllegalArgumentException("start must have length J K = " + net.size() + ", got " + start.length);
        }
        List<double[]> traj = new ArrayList<>();
        BestResponse.Workspace ws = new BestResponse.Workspace(net.channels());
        double[] x = new double[net.channels()];
        double[] cur = start.clone();
        double[] next = new double[cur.length];
        if (trace) {
            traj.add(cur.clone());
        }
        int iterations = 0;
        int from = first.ordinal();
        for (int t = 0; t < (from <= 0 ? jacobiIterations : 0); t++) {
            jacobi(net, scheme, kappa, cur, next, ws, x);
            iterations++;
            if (trace) {
                traj.add(next.clone());
            }
            double rel = relativeChange(cur, next);
            if (rel < sigma) {
                // next = BR(cur): rel is exactly the gap at cur, the point returned.
                return new Result(cur, Stage.JACOBI, iterations, gapValue(cur, next), traj);
            }
            double[] tmp = cur;
            cur = next;
            next = tmp;
        }
        for (int t = 0; t < (from <= 1 ? dampedIterations : 0); t++) {
            jacobi(net, scheme, kappa, cur, next, ws, x);
            iterations++;
            double gap = gapValue(cur, next);
            for (int i = 0; i < next.length; i++) {
                next[i] = 0.5 * (cur[i] + next[i]);
            }
            if (trace) {
                traj.add(next.clone());
            }
            if (relativeChange(cur, next) < sigma) {
                return new Result(cur, Stage.DAMPED_JACOBI, iterations, gap, traj);
            }
            double[] tmp = cur;
            cur = next;
            next = tmp;
        }
        int kk = net.channels();
        double step = 0.5;
        double windowMin = Double.POSITIVE_INFINITY;
        double lastWindowMin = Double.POSITIVE_INFINITY;
        for (int t = 0; t < gaussSeidelIterations; t++) {
            System.arraycopy(cur, 0, next, 0, cur.length);
            for (int j = 0; j < net.sbs(); j++) {
                net.load(j, next, scheme, kappa, ws);
                BestResponse.solveInto(ws, x);
                for (int k = 0; k < kk; k++) {
                    next[j * kk + k] = (1 - step) * next[j * kk + k] + step * x[k];
                }
            }
            iterations++;
            if (trace) {
                traj.add(next.clone());
            }
            double rel = relativeChange(cur, next);
            boolean done = rel < sigma * 2 * step;
            if (adaptive) {
                windowMin = Math.min(windowMin, rel);
                if ((t + 1) % WINDOW == 0) {
                    if (windowMin > 0.5 * lastWindowMin && step > MIN_STEP) {
                        step *= 0.5;
                    } else if (windowMin < 0.01 * lastWindowMin && step < 0.5) {
                        step *= 2;
                    }
                    lastWindowMin = windowMin;
                    windowMin = Double.POSITIVE_INFINITY;
                }
            }
            double[] tmp = cur;
            cur = next;
            next = tmp;
            if (done) {
                jacobi(net, scheme, kappa, cur, next, ws, x);
                return new Result(cur, Stage.DAMPED_GAUSS_SEIDEL, iterations, gapValue(cur, next), traj);
            }
        }
        jacobi(net, scheme, kappa, cur, next, ws, x);
        return new Result(cur, Stage.NOT_CONVERGED, iterations, gapValue(cur, next), traj);
    }

    /** One Jacobi sweep: {@code out_j = BR_j(p_{-j})} for every j; {@code out} is overwritten. */
    static void jacobi(Network net, Scheme scheme, double kappa, double[] p, double[] out) {
        jacobi(net, scheme, kappa, p, out, new BestResponse.Workspace(net.channels()), new double[net.channels()]);
    }

    /** {@link #jacobi(Network, Scheme, double, double[], double[])} with the caller's buffers ({@code x}: length K). */
    private static void jacobi(Network net, Scheme scheme, double kappa, double[] p, double[] out,
                               BestResponse.Workspace ws, double[] x) {
        int kk = net.channels();
        for (int j = 0; j < net.sbs(); j++) {
            net.load(j, p, scheme, kappa, ws);
            BestResponse.solveInto(ws, x);
            System.arraycopy(x, 0, out, j * kk, kk);
        }
    }

    /**
     * The spec's stopping quantity ||next - cur|| / ||cur||; when ||cur|| = 0 it is 0 if next = 0
     * too and infinite otherwise (continue).
     */
    static double relativeChange(double[] cur, double[] next) {
        double d = 0;
        double n = 0;
        for (int i = 0; i < cur.length; i++) {
            double e = next[i] - cur[i];
            d += e * e;
            n += cur[i] * cur[i];
        }
        if (n == 0) {
            return d == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(d / n);
    }

    /** Relative best-response gap from p and BR(p): like {@link #relativeChange} but finite (absolute if p = 0). */
    static double gapValue(double[] p, double[] br) {
        double r = relativeChange(p, br);
        if (Double.isFinite(r)) {
            return r;
        }
        double d = 0;
        for (double v : br) {
            d += v * v;
        }
        return Math.sqrt(d);
    }
}
