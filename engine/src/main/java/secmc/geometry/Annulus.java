package secmc.geometry;

import org.apache.commons.rng.UniformRandomProvider;

/** The annulus {@code inner <= |x| <= outer} (m) centred at the origin. */
public record Annulus(double inner, double outer) implements Window {
    public Annulus {
        if (!(inner >= 0) || Double.isInfinite(inner)) {
            throw new IllegalArgumentException("inner must be finite and >= 0 (m), got " + inner);
        }
        if (!(outer > inner) || Double.isInfinite(outer)) {
            throw new IllegalArgumentException("outer must be finite and > inner = " + inner + " (m), got " + outer);
        }
    }

    @Override
    public double area() {
        return Math.PI * (outer * outer - inner * inner);
    }

    /** Inverse-CDF radius: r^2 = inner^2 + (outer^2 - inner^2) U1, phi = 2 pi U2. */
    @Override
    public void placeUniform(UniformRandomProvider rng, int n, PointSet out) {
        double a = inner * inner;
        double b = outer * outer - a;
        for (int i = 0; i < n; i++) {
            double r = Math.sqrt(a + b * rng.nextDouble());
            double phi = 2 * Math.PI * rng.nextDouble();
            out.add(r * Math.cos(phi), r * Math.sin(phi));
        }
    }

    @Override
    public boolean contains(double px, double py) {
        double d2 = px * px + py * py;
        return d2 >= inner * inner && d2 <= outer * outer;
    }
}
