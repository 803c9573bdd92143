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
 * <p>The returned point is checked: {@link Result#gap()} is the relative Jacobi best-response
 * gap {@code ||BR(p) - p|| / ||p||} at the returned {@code p} itself. Immutable.
 *
 * @param sigma relative stopping tolerance, {@code > 0} (spec: 1e-8)
 * @param jacobiIterations plain Jacobi budget (spec: 200)
 * @param dampedIterations damped Jacobi budget (spec: 400)
 * @param gaussSeidelIterations damped Gauss-Seidel sweeps (spec: 1000)
 */
public record Algorithm1(double sigma, int jacobiIterations, int dampedIterations, int gaussSeidelIterations) {
    /** The spec's Sec. 5 settings. */
    public static final Algorithm1 SPEC = new Algorithm1(1e-8, 200, 400, 1000);

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
        if (!(kappa >= 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite and >= 0, got " + kappa);
        }
        if (start.length != net.size()) {
            throw new IllegalArgumentException("start must have length J K = " + net.size() + ", got " + start.length);
        }
        List<double[]> traj = new ArrayList<>();
        double[] cur = start.clone();
        double[] next = new double[cur.length];
        if (trace) {
            traj.add(cur.clone());
        }
        int iterations = 0;
        for (int t = 0; t < jacobiIterations; t++) {
            jacobi(net, scheme, kappa, cur, next);
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
        for (int t = 0; t < dampedIterations; t++) {
            jacobi(net, scheme, kappa, cur, next);
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
        for (int t = 0; t < gaussSeidelIterations; t++) {
            System.arraycopy(cur, 0, next, 0, cur.length);
            for (int j = 0; j < net.sbs(); j++) {
                BestResponse.Result br = BestResponse.solve(net.problem(j, next, scheme, kappa));
                for (int k = 0; k < kk; k++) {
                    next[j * kk + k] = 0.5 * (next[j * kk + k] + br.x(k));
                }
            }
            iterations++;
            if (trace) {
                traj.add(next.clone());
            }
            boolean done = relativeChange(cur, next) < sigma;
            double[] tmp = cur;
            cur = next;
            next = tmp;
            if (done) {
                jacobi(net, scheme, kappa, cur, next);
                return new Result(cur, Stage.DAMPED_GAUSS_SEIDEL, iterations, gapValue(cur, next), traj);
            }
        }
        jacobi(net, scheme, kappa, cur, next);
        return new Result(cur, Stage.NOT_CONVERGED, iterations, gapValue(cur, next), traj);
    }

    /** One Jacobi sweep: {@code out_j = BR_j(p_{-j})} for every j; {@code out} is overwritten. */
    static void jacobi(Network net, Scheme scheme, double kappa, double[] p, double[] out) {
        int kk = net.channels();
        for (int j = 0; j < net.sbs(); j++) {
            BestResponse.Result br = BestResponse.solve(net.problem(j, p, scheme, kappa));
            for (int k = 0; k < kk; k++) {
                out[j * kk + k] = br.x(k);
            }
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
