package secmc.channel;

/**
 * Unbounded power-law path loss {@code l(r) = r^-alpha} (r in m, dimensionless gain), the
 * standard stochastic-geometry model (e.g. Haenggi, Stochastic Geometry for Wireless
 * Networks, 2012, Sec. 5.1). Valid for {@code alpha > 2} in the plane, where the aggregate
 * PPP interference is finite almost surely.
 */
public record PathLoss(double alpha) {
    public PathLoss {
        if (!(alpha > 2) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 2, got " + alpha);
        }
    }

    /** Gain at distance {@code r} (m). */
    public double gain(double r) {
        return Math.pow(r, -alpha);
    }

    /** Gain from a squared distance {@code d2} (m^2): {@code d2^(-alpha/2)}. */
    public double gainFromSquared(double d2) {
        return Math.pow(d2, -0.5 * alpha);
    }
}
