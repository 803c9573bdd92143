package secmc.quadrature;

import org.apache.commons.numbers.gamma.Gamma;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;

/**
 * Laplace transform of the interference from a homogeneous PPP of Rayleigh-faded interferers
 * with power-law path loss {@code r^-alpha}, evaluated at {@code s}:
 * \( \mathcal{L}(s) = \exp\big(-\lambda \int_A \frac{2\pi r\,dr}{1 + r^\alpha/s}\big) \)
 * over a radial range A (Haenggi, Stochastic Geometry for Wireless Networks, 2012, Thm. 5.6;
 * Baccelli and Blaszczyszyn, 2009, Vol. II Sec. 16.2).
 *
 * <p>This class returns the integral \( F = \int_A 2\pi r/(1 + r^\alpha/s)\,dr \) (m^2), so that
 * {@code log L = -lambda F}. For the whole plane F has the closed form
 * \( \pi s^{2/\alpha} \Gamma(1+2/\alpha)\Gamma(1-2/\alpha) \). For the outside of a disk
 * ({@code r > R}, e.g. beyond a simulation window or a guard zone) an alternating series in
 * {@code q = s / R^alpha} is used where it converges fast ({@code q <= 1/2}), else the plane
 * value minus the inner integral by Gauss-Legendre quadrature.
 */
public final class RayleighPppLaplace {
    /** Series cut-off: terms below this fraction of the running sum stop the series. */
    private static final double SERIES_EPS = 1e-17;
    /** Gauss-Legendre points per interval, and the relative and absolute accuracy of {@link #inside}. */
    private static final int INNER_POINTS = 16;
    private static final double INNER_REL = 1e-15;
    private static final double INNER_ABS = 1e-300;

    private RayleighPppLaplace() {
    }

    /** \( C(\alpha) = \Gamma(1 + 2/\alpha)\Gamma(1 - 2/\alpha) = (2\pi/\alpha)/\sin(2\pi/\alpha) \), alpha > 2. */
    public static double planeConstant(double alpha) {
        checkAlpha(alpha);
        double d = 2 / alpha;
        return Gamma.value(1 + d) * Gamma.value(1 - d);
    }

    /** F over the whole plane: {@code pi s^(2/alpha) C(alpha)} (m^2). */
    public static double plane(double alpha, double s) {
        checkS(s);
        return Math.PI * Math.pow(s, 2 / alpha) * planeConstant(alpha);
    }

    /**
     * F over {@code r > radius} (m^2).
     *
     * @param alpha path-loss exponent, {@code > 2}
     * @param s Laplace argument (m^alpha), {@code >= 0}
     * @param radius inner radius (m), {@code > 0}
     */
    public static double outside(double alpha, double s, double radius) {
        checkAlpha(alpha);
        checkS(s);
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be finite and > 0 (m), got " + radius);
        }
        if (s == 0) {
            return 0;
        }
        double q = s / Math.pow(radius, alpha);
        if (q <= 0.5) {
            // 1/(1 + r^a/s) = sum_{k>=1} (-1)^(k+1) (s r^-a)^k for r > R; integrate termwise:
            // 2 pi sum_k (-1)^(k+1) q^k R^2 / (a k - 2).
            double sum = 0;
            double qk = 1;
            for (int k = 1; k < 2000; k++) {
                qk *= q;
                double term = qk / (alpha * k - 2);
                sum += (k % 2 == 1) ? term : -term;
                if (term < SERIES_EPS * Math.abs(sum)) {
                    break;
                }
            }
            return 2 * Math.PI * radius * radius * sum;
        }
        return plane(alpha, s) - inside(alpha, s, radius);
    }

    /**
     * F over {@code r <= radius} (m^2), by Gauss-Legendre quadrature on {@code r = R v}.
     */
    public static double inside(double alpha, double s, double radius) {
        checkAlpha(alpha);
        checkS(s);
        if (s == 0) {
            return 0;
        }
        double c = Math.pow(radius, alpha) / s;
        // A new integrator per call: Hipparchus integrators keep the integrand and the evaluation
        // count in fields, and this runs on many threads at once (task threads computing far-field
        // factors, theory columns); one shared instance once mixed two threads' integrands.
        double v = new IterativeLegendreGaussIntegrator(INNER_POINTS, INNER_REL, INNER_ABS)
                .integrate(Integer.MAX_VALUE, t -> t / (1 + c * Math.pow(t, alpha)), 0, 1);
        return 2 * Math.PI * radius * radius * v;
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 2) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 2, got " + alpha);
        }
    }

    private static void checkS(double s) {
        if (!(s >= 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("s must be finite and >= 0 (m^alpha), got " + s);
        }
    }
}
