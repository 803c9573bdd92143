package secmc.geometry;

import java.util.Arrays;

/**
 * A growable set of planar points stored as two coordinate arrays (structure of arrays, for
 * batch kernels). Mutable and not thread-safe: one instance per task, reused across
 * realizations with {@link #clear()} so that the hot loop does not allocate.
 *
 * <p>Coordinates are in metres. Only the first {@link #size()} entries of {@link #x()} and
 * {@link #y()} are meaningful; the arrays may be longer.
 */
public final class PointSet {
    private double[] x;
    private double[] y;
    private int size;

    /** An empty set with room for {@code capacity} points before it grows. */
    public PointSet(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        x = new double[Math.max(capacity, 4)];
        y = new double[x.length];
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** The x coordinates (m); the backing array, valid up to {@link #size()}. */
    public double[] x() {
        return x;
    }

    /** The y coordinates (m); the backing array, valid up to {@link #size()}. */
    public double[] y() {
        return y;
    }

    /** Removes all points; keeps the capacity. */
    public void clear() {
        size = 0;
    }

    /** Makes room for {@code n} points and sets the size to {@code n}; the contents are unspecified. */
    public void resize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        ensureCapacity(n);
        size = n;
    }

    /** Appends one point. */
    public void add(double px, double py) {
        ensureCapacity(size + 1);
        x[size] = px;
        y[size] = py;
        size++;
    }

    /**
     * Keeps only the points whose flag is set, preserving their order.
     *
     * @param keep one flag per point, at least {@link #size()} long; not modified
     * @return the new size
     */
    public int retain(boolean[] keep) {
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (keep[i]) {
                x[w] = x[i];
                y[w] = y[i];
                w++;
            }
        }
        size = w;
        return w;
    }

    /** Squared distance (m^2) from each point to (px, py), written to {@code out[0..size)}. */
    public void squaredDistances(double px, double py, double[] out) {
        for (int i = 0; i < size; i++) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            out[i] = dx * dx + dy * dy;
        }
    }

    private void ensureCapacity(int n) {
        if (n > x.length) {
            int cap = Math.max(n, x.length + (x.length >> 1));
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
        }
    }
}
