package secmc.geometry;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A bounded observation window centred at the origin, in which point processes are sampled.
 * Implementations are immutable records that validate their dimensions (metres).
 */
public sealed interface Window permits Disk, Annulus, Square {
    /** Area in m^2. */
    double area();

    /**
     * Places {@code n} independent uniform points in the window, appending them to {@code out}.
     * Consumes exactly {@code 2 n} double deviates from {@code rng}.
     */
    void placeUniform(UniformRandomProvider rng, int n, PointSet out);

    /** Whether (px, py) lies in the window (closed). */
    boolean contains(double px, double py);
}
