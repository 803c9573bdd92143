package secmc.scenario;

import java.io.Serializable;

/**
 * The x-axis of a figure.
 *
 * @param name the x variable; when it names a scenario parameter, each grid point sets that
 *     parameter to its x, otherwise (e.g. {@code iteration}, {@code slot}) x is only a coordinate
 *     the scenario reads from the grid point
 * @param unit unit of x for labels
 * @param values the x values, in plot order
 * @param log whether the paper plots this axis on a log scale
 */
public record Axis(String name, String unit, double[] values, boolean log) implements Serializable {
    public Axis {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("axis name must be non-empty");
        }
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("axis " + name + " needs at least one value");
        }
        values = values.clone();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("axis " + name + " values must be finite, got " + v);
            }
        }
        unit = unit == null ? "" : unit;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of x values. */
    public int size() {
        return values.length;
    }

    /** The i-th x value. */
    public double value(int i) {
        return values[i];
    }

    /** {@code n} evenly spaced values from {@code from} to {@code to} inclusive. */
    public static double[] linspace(double from, double to, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return v;
    }

    /** {@code n} log-spaced values from {@code from} to {@code to} inclusive (both > 0). */
    public static double[] logspace(double from, double to, int n) {
        if (!(from > 0 && to > 0)) {
            throw new IllegalArgumentException("logspace bounds must be > 0, got " + from + ", " + to);
        }
        double[] v = linspace(Math.log10(from), Math.log10(to), n);
        for (int i = 0; i < n; i++) {
            v[i] = Math.pow(10, v[i]);
        }
        v[0] = from;
        v[n - 1] = to;
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && a.name.equals(name) && a.unit.equals(unit) && a.log == log
                && java.util.Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Axis[" + name + " " + java.util.Arrays.toString(values) + "]";
    }
}
