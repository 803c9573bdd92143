package secmc.geometry;

import org.apache.commons.rng.UniformRandomProvider;

/** The square {@code [-side/2, side/2]^2} (m) centred at the origin. */
public record Square(double side) implements Window {
    public Square {
        if (!(side > 0) || Double.isInfinite(side)) {
            throw new IllegalArgumentException("side must be finite and > 0 (m), got " + side);
        }
    }

    @Override
    public double area() {
        return side * side;
    }

    @Override
    public void placeUniform(UniformRandomProvider rng, int n, PointSet out) {
        for (int i = 0; i < n; i++) {
            double px = side * (rng.nextDouble() - 0.5);
            double py = side * (rng.nextDouble() - 0.5);
            out.add(px, py);
        }
    }

    @Override
    public boolean contains(double px, double py) {
        double h = side / 2;
        return Math.abs(px) <= h && Math.abs(py) <= h;
    }
}
