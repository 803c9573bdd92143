package secmc.geometry;

import org.apache.commons.rng.UniformRandomProvider;

/** The disk of radius {@code radius} (m) centred at the origin. */
public record Disk(double radius) implements Window {
    public Disk {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be finite and > 0 (m), got " + radius);
        }
    }

    @Override
    public double area() {
        return Math.PI * radius * radius;
    }

    /** Polar sampling: r = R sqrt(U1), phi = 2 pi U2 (uniform in area). */
    @Override
    public void placeUniform(UniformRandomProvider rng, int n, PointSet out) {
        for (int i = 0; i < n; i++) {
            double r = radius * Math.sqrt(rng.nextDouble());
            double phi = 2 * Math.PI * rng.nextDouble();
            out.add(r * Math.cos(phi), r * Math.sin(phi));
        }
    }

    @Override
    public boolean contains(double px, double py) {
        return px * px + py * py <= radius * radius;
    }
}
