package secmc.pointprocess;

import org.apache.commons.rng.UniformRandomProvider;
import secmc.geometry.PointSet;

/**
 * Independent thinning: each point is kept with probability {@code p}, independently. A PPP of
 * intensity lambda thinned by p is a PPP of intensity p lambda.
 */
public final class Thinning {
    private Thinning() {
    }

    /**
     * Thins {@code points} in place, preserving the order of the survivors. Consumes exactly one
     * uniform deviate per point.
     *
     * @param p retention probability in [0, 1]
     * @param keep scratch flags, at least {@code points.size()} long; overwritten
     * @return the number of points kept
     */
    public static int independent(PointSet points, double p, UniformRandomProvider rng, boolean[] keep) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        int n = points.size();
        if (keep.length < n) {
            throw new IllegalArgumentException("keep must hold at least " + n + " flags, got " + keep.length);
        }
        for (int i = 0; i < n; i++) {
            keep[i] = rng.nextDouble() < p;
        }
        return points.retain(keep);
    }

    /**
     * Thinning by uniform marks, for common random numbers across intensities: a point with
     * mark {@code u} belongs to the process of intensity {@code p * lambdaMax} iff {@code u < p}.
     * Marks are drawn once per realization; every intensity reuses them.
     *
     * @param marks one uniform mark per point, in [0, 1); not modified
     * @return how many marks are {@code < p}
     */
    public static int countRetained(double[] marks, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (marks[i] < p) {
                k++;
            }
        }
        return k;
    }
}
