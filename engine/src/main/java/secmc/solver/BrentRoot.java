package secmc.solver;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's bracketing root finder (Brent 1973, <i>Algorithms for Minimization without
 * Derivatives</i>, Ch. 4, "zeroin"): inverse quadratic interpolation and secant steps,
 * safeguarded by bisection, so it never leaves the bracket and needs at most about
 * {@code log2((b - a)/tol)^2} evaluations. Immutable.
 *
 * <p>It stops when the bracket is narrower than {@code 2 (4 eps |x| + absTolX/2)} with
 * {@code eps = relTolX/4}, i.e. when {@code |b - a| <= relTolX |x| + absTolX} in effect, or when
 * {@code |f(x)| <= fTol}, or after {@code maxEvaluations} evaluations (then not converged).
 *
 * @param absTolX absolute tolerance on x, {@code >= 0}
 * @param relTolX relative tolerance on x, {@code >= 0} (values below ~4.4e-16 act as machine precision)
 * @param fTol tolerance on |f|, {@code >= 0}
 * @param maxEvaluations evaluation budget, {@code >= 1}
 */
public record BrentRoot(double absTolX, double relTolX, double fTol, int maxEvaluations) {
    /** Machine epsilon (2^-52). */
    private static final double EPS = Math.ulp(1.0);

    public BrentRoot {
        if (!(absTolX >= 0)) {
            throw new IllegalArgumentException("absTolX must be >= 0, got " + absTolX);
        }
        if (!(relTolX >= 0)) {
            throw new IllegalArgumentException("relTolX must be >= 0, got " + relTolX);
        }
        if (!(fTol >= 0)) {
            throw new IllegalArgumentException("fTol must be >= 0, got " + fTol);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
    }

    /**
     * Finds a root of {@code f} in {@code [a, b]} given the end values (no evaluation at the ends).
     *
     * @param f the function; called only inside the bracket
     * @param a one end
     * @param b the other end
     * @param fa {@code f(a)}
     * @param fb {@code f(b)}, of opposite sign to {@code fa} or zero
     * @throws IllegalArgumentException if the ends do not bracket a root or are not finite
     */
    public RootResult solve(DoubleUnaryOperator f, double a, double b, double fa, double fb) {
        if (!(Double.isFinite(a) && Double.isFinite(b))) {
            throw new IllegalArgumentException("bracket ends must be finite, got [" + a + ", " + b + "]");
        }
        if (!(fa * fb <= 0) && !(fa == 0 || fb == 0)) {
            throw new IllegalArgumentException("f(a) = " + fa + " and f(b) = " + fb + " do not bracket a root");
        }
        if (fa == 0) {
            return new RootResult(a, 0, a, a, 0, 0, 0, true);
        }
        if (fb == 0) {
            return new RootResult(b, 0, b, b, 0, 0, 0, true);
        }
        double tolRel = Math.max(relTolX, 2 * EPS);
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        int evaluations = 0;
        while (true) {
            if (fb * fc > 0) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * tolRel * Math.abs(b) + 0.5 * absTolX;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || Math.abs(fb) <= fTol || fb == 0) {
                return result(b, fb, c, fc, evaluations, true);
            }
            if (evaluations >= maxEvaluations) {
                return result(b, fb, c, fc, evaluations, false);
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = d;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                s = e;
                e = d;
                if (2 * p < 3 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * s * q)) {
                    d = p / q;
                } else {
                    d = m;
                    e = d;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = f.applyAsDouble(b);
            evaluations++;
        }
    }

    /** Evaluates {@code f} at both ends, then {@link #solve(DoubleUnaryOperator, double, double, double, double)}. */
    public RootResult solve(DoubleUnaryOperator f, double a, double b) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        RootResult r = solve(f, a, b, fa, fb);
        return new RootResult(r.root(), r.residual(), r.lower(), r.upper(), r.fLower(), r.fUpper(),
                r.evaluations() + 2, r.converged());
    }

    private static RootResult result(double b, double fb, double c, double fc, int evaluations, boolean converged) {
        return b <= c
                ? new RootResult(b, fb, b, c, fb, fc, evaluations, converged)
                : new RootResult(b, fb, c, b, fc, fb, evaluations, converged);
    }
}
