package secmc.pointprocess;

import org.apache.commons.rng.UniformRandomProvider;
import secmc.geometry.Disk;
import secmc.geometry.PointSet;
import secmc.geometry.SpatialGrid;

/**
 * Poisson hole process (Lee and Haenggi 2012; Yazdanshenasan, Dhillon, Afshang and Chong 2016):
 * the points of a PPP of intensity {@code lambdaBase} that lie outside every disk ("hole") of
 * radius {@code holeRadius} centred at the points of an independent PPP of intensity
 * {@code lambdaHoles}. Its intensity is \( \lambda_b e^{-\pi \lambda_h r^2} \) (void probability
 * of the hole process), but it is not a PPP: retained points are positively correlated.
 *
 * <p>Sampling on a disk window of radius R draws the hole centres on the dilated disk of
 * radius {@code R + holeRadius}, so that every base point sees its whole neighbourhood and the
 * sample is exact (no edge effect) inside the window.
 *
 * @param window the disk in which base points are kept
 * @param lambdaBase base intensity (points per m^2), {@code > 0}
 * @param lambdaHoles hole-centre intensity (per m^2), {@code > 0}
 * @param holeRadius hole radius (m), {@code >= 0}; 0 means no holes
 */
public record PoissonHoleProcess(Disk window, double lambdaBase, double lambdaHoles, double holeRadius) {
    public PoissonHoleProcess {
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
        if (!(lambdaBase > 0) || Double.isInfinite(lambdaBase)) {
            throw new IllegalArgumentException("lambdaBase must be finite and > 0 (per m^2), got " + lambdaBase);
        }
        if (!(lambdaHoles > 0) || Double.isInfinite(lambdaHoles)) {
            throw new IllegalArgumentException("lambdaHoles must be finite and > 0 (per m^2), got " + lambdaHoles);
        }
        if (!(holeRadius >= 0) || Double.isInfinite(holeRadius)) {
            throw new IllegalArgumentException("holeRadius must be finite and >= 0 (m), got " + holeRadius);
        }
    }

    /** Intensity of the retained points, \( \lambda_b \exp(-\pi \lambda_h r^2) \) (per m^2). */
    public double intensity() {
        return lambdaBase * Math.exp(-Math.PI * lambdaHoles * holeRadius * holeRadius);
    }

    /**
     * Marks which candidates lie outside every hole: {@code keep[i]} is true iff no hole centre
     * is at distance {@code < radius} from candidate i. Cost O(candidates + holes) in
     * expectation (one grid build on the holes, one 3x3-cell query per candidate).
     *
     * @param candidates base points; not modified
     * @param holes hole centres; not modified (indexed by reference until the grid's next build)
     * @param radius hole radius (m), {@code >= 0}; 0 keeps every candidate
     * @param grid scratch grid; rebuilt on the holes
     * @param keep receives one flag per candidate; at least {@code candidates.size()} long
     * @return the number of candidates kept
     */
    public static int carve(PointSet candidates, PointSet holes, double radius, SpatialGrid grid, boolean[] keep) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be finite and >= 0 (m), got " + radius);
        }
        int n = candidates.size();
        if (keep.length < n) {
            throw new IllegalArgumentException("keep must hold at least " + n + " flags, got " + keep.length);
        }
        if (radius == 0 || holes.size() == 0) {
            java.util.Arrays.fill(keep, 0, n, true);
            return n;
        }
        grid.build(holes.x(), holes.y(), holes.size(), radius);
        double[] x = candidates.x();
        double[] y = candidates.y();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            boolean k = !grid.anyWithin(x[i], y[i], radius);
            keep[i] = k;
            if (k) {
                kept++;
            }
        }
        return kept;
    }

    /** A sampler bound to one generator; reuse it for every realization of a task. */
    public Sampler sampler(UniformRandomProvider rng) {
        return new Sampler(this, rng);
    }

    /** Draws realizations with one generator. Mutable, not thread-safe. */
    public static final class Sampler {
        private final PoissonHoleProcess process;
        private final PoissonPointProcess.Sampler base;
        private final PoissonPointProcess.Sampler centres;
        private final SpatialGrid grid = new SpatialGrid();
        private boolean[] keep = new boolean[16];

        private Sampler(PoissonHoleProcess p, UniformRandomProvider rng) {
            this.process = p;
            this.base = new PoissonPointProcess(p.window, p.lambdaBase).sampler(rng);
            this.centres = new PoissonPointProcess(new Disk(p.window.radius() + p.holeRadius), p.lambdaHoles)
                    .sampler(rng);
        }

        /**
         * Replaces {@code out} by the retained points of a new realization and {@code holes} by
         * its hole centres (on the dilated disk). Consumes the base PPP's deviates, then the
         * hole PPP's (see {@link PoissonPointProcess.Sampler#sample}).
         *
         * @return the number of retained points
         */
        public int sample(PointSet out, PointSet holes) {
            int n = base.sample(out);
            centres.sample(holes);
            if (keep.length < n) {
                keep = new boolean[Math.max(n, keep.length * 2)];
            }
            carve(out, holes, process.holeRadius, grid, keep);
            return out.retain(keep);
        }
    }
}
