package secmc.quadrature;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss-Kronrod quadrature with the 7/15-point pair (Kronrod 1965; Piessens,
 * de Doncker-Kapenga, Ueberhuber and Kahaner, QUADPACK, 1983, routine QAG/QAGI), plus the
 * infinite-range maps of QAGI.
 *
 * <p>Each subinterval gets the 15-point Kronrod value and the QUADPACK error estimate
 * {@code resasc * min(1, (200 |K15 - G7| / resasc)^1.5)}; the subinterval with the largest
 * estimate is bisected until the total estimate is at most {@code max(absTol, relTol |I|)} or
 * the subdivision limit is reached. Immutable and thread-safe.
 *
 * <p>Infinite ranges: \( \int_a^\infty f(x)\,dx = \int_0^1 f(a + s\,t/(1-t))\, s/(1-t)^2\,dt \)
 * with a length scale {@code s > 0} (m, or whatever unit x has) that places the bulk of the
 * integrand in the middle of [0, 1]; the Kronrod nodes are interior, so t = 1 is never evaluated.
 * The map suits integrands that decay exponentially (all of this project's); an algebraic tail
 * x^-p leaves an endpoint singularity (1-t)^(p-2) that this rule (QAG, without QAGS's epsilon
 * extrapolation) resolves only slowly: map such tails by a power law instead.
 */
public final class GaussKronrod {
    /** Default relative tolerance: a few hundred ulps above double round-off for smooth integrands. */
    public static final double DEFAULT_REL_TOL = 1e-12;
    /** Default absolute tolerance: effectively off, so the relative tolerance rules. */
    public static final double DEFAULT_ABS_TOL = 1e-300;
    /** Default subdivision limit (QUADPACK's usual LIMIT is 50-500; smooth integrands need far fewer). */
    public static final int DEFAULT_MAX_INTERVALS = 2000;

    /** Kronrod abscissae on [-1, 1] (positive half, descending; last is 0). XGK of QUADPACK QK15. */
    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
    /** Kronrod weights (WGK of QK15). */
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** 7-point Gauss weights for the abscissae XGK[1], XGK[3], XGK[5] and 0 (WG of QK15). */
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private final double relTol;
    private final double absTol;
    private final int maxIntervals;

    /** An integrator with the default tolerances. */
    public GaussKronrod() {
        this(DEFAULT_REL_TOL, DEFAULT_ABS_TOL, DEFAULT_MAX_INTERVALS);
    }

    /**
     * @param relTol relative tolerance, {@code >= 0}
     * @param absTol absolute tolerance, {@code >= 0}; at least one of the two must be {@code > 0}
     * @param maxIntervals subdivision limit, {@code >= 1}
     */
    public GaussKronrod(double relTol, double absTol, int maxIntervals) {
        if (!(relTol >= 0) || Double.isInfinite(relTol)) {
            throw new IllegalArgumentException("relTol must be finite and >= 0, got " + relTol);
        }
        if (!(absTol >= 0) || Double.isInfinite(absTol)) {
            throw new IllegalArgumentException("absTol must be finite and >= 0, got " + absTol);
        }
        if (!(relTol > 0 || absTol > 0)) {
            throw new IllegalArgumentException("relTol or absTol must be > 0");
        }
        if (maxIntervals < 1) {
            throw new IllegalArgumentException("maxIntervals must be >= 1, got " + maxIntervals);
        }
        this.relTol = relTol;
        this.absTol = absTol;
        this.maxIntervals = maxIntervals;
    }

    /** A copy with another relative tolerance. */
    public GaussKronrod withRelTol(double rel) {
        return new GaussKronrod(rel, absTol, maxIntervals);
    }

    /** A copy with another absolute tolerance. */
    public GaussKronrod withAbsTol(double abs) {
        return new GaussKronrod(relTol, abs, maxIntervals);
    }

    /**
     * \( \int_a^b f(x)\,dx \) for finite {@code a} and {@code b} (either order; {@code a == b} gives 0).
     */
    public GaussKronrodResult integrate(DoubleUnaryOperator f, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("bounds must be finite, got [" + a + ", " + b + "]");
        }
        if (a == b) {
            return new GaussKronrodResult(0, 0, 0, 0, true);
        }
        if (a > b) {
            GaussKronrodResult r = integrate(f, b, a);
            return new GaussKronrodResult(-r.value(), r.errorEstimate(), r.evaluations(), r.intervals(),
                    r.converged());
        }
        return adapt(f, a, b);
    }

    /** The value of {@link #integrate}, ignoring convergence information. */
    public double value(DoubleUnaryOperator f, double a, double b) {
        return integrate(f, a, b).value();
    }

    /**
     * \( \int_a^\infty f(x)\,dx \) through the map {@code x = a + scale t/(1-t)}.
     *
     * @param a finite lower bound
     * @param scale length scale of the integrand's decay (same unit as x), {@code > 0}
     */
    public GaussKronrodResult integrateToInfinity(DoubleUnaryOperator f, double a, double scale) {
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException("a must be finite, got " + a);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0, got " + scale);
        }
        DoubleUnaryOperator g = t -> {
            double u = 1 - t;
            if (!(u > 0)) {
                // A node rounded onto t = 1 (only after extreme subdivision): no mass at infinity.
                return 0;
            }
            double v = f.applyAsDouble(a + scale * t / u);
            // The integrand must decay; a product 0 * inf at t -> 1 means "no mass there".
            return v == 0 ? 0 : v * scale / (u * u);
        };
        return adapt(g, 0, 1);
    }

    /** \( \int_{-\infty}^{\infty} f(x)\,dx \), split at 0 and mapped on both halves with {@code scale}. */
    public GaussKronrodResult integrateWholeLine(DoubleUnaryOperator f, double scale) {
        GaussKronrodResult right = integrateToInfinity(f, 0, scale);
        GaussKronrodResult left = integrateToInfinity(x -> f.applyAsDouble(-x), 0, scale);
        return new GaussKronrodResult(right.value() + left.value(), right.errorEstimate() + left.errorEstimate(),
                right.evaluations() + left.evaluations(), right.intervals() + left.intervals(),
                right.converged() && left.converged());
    }

    /** One subinterval and its 15-point estimate. */
    private record Piece(double a, double b, double value, double error) {
    }

    private GaussKronrodResult adapt(DoubleUnaryOperator f, double a, double b) {
        PriorityQueue<Piece> heap = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        Piece first = rule(f, a, b);
        heap.add(first);
        double total = first.value;
        double error = first.error;
        int evaluations = 15;
        while (error > Math.max(absTol, relTol * Math.abs(total)) && heap.size() < maxIntervals) {
            Piece worst = heap.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (!(mid > worst.a && mid < worst.b)) {
                // The interval cannot be split further in double precision: give up on it.
                heap.add(new Piece(worst.a, worst.b, worst.value, 0));
                error -= worst.error;
                if (heap.peek().error == 0) {
                    break;
                }
                continue;
            }
            Piece left = rule(f, worst.a, mid);
            Piece right = rule(f, mid, worst.b);
            evaluations += 30;
            heap.add(left);
            heap.add(right);
            // Recompute the sums from scratch now and then so that cancellation does not drift.
            total += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
            if ((heap.size() & 63) == 0) {
                total = 0;
                error = 0;
                for (Piece p : heap) {
                    total += p.value;
                    error += p.error;
                }
            }
        }
        double sum = 0;
        double err = 0;
        for (Piece p : heap) {
            sum += p.value;
            err += p.error;
        }
        boolean ok = err <= Math.max(absTol, relTol * Math.abs(sum)) && Double.isFinite(sum);
        return new GaussKronrodResult(sum, err, evaluations, heap.size(), ok);
    }

    /** The QK15 rule on [a, b] with QUADPACK's error estimate. */
    private static Piece rule(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(centre);
        double resG = fc * WG[3];
        double resK = fc * WGK[7];
        double resAbs = Math.abs(resK);
        double[] f1 = new double[7];
        double[] f2 = new double[7];
        for (int j = 0; j < 7; j++) {
            double dx = half * XGK[j];
            double v1 = f.applyAsDouble(centre - dx);
            double v2 = f.applyAsDouble(centre + dx);
            f1[j] = v1;
            f2[j] = v2;
            resK += WGK[j] * (v1 + v2);
            resAbs += WGK[j] * (Math.abs(v1) + Math.abs(v2));
            if ((j & 1) == 1) {
                resG += WG[j >> 1] * (v1 + v2);
            }
        }
        double mean = resK * 0.5;
        double resAsc = WGK[7] * Math.abs(fc - mean);
        for (int j = 0; j < 7; j++) {
            resAsc += WGK[j] * (Math.abs(f1[j] - mean) + Math.abs(f2[j] - mean));
        }
        double value = resK * half;
        resAbs *= Math.abs(half);
        resAsc *= Math.abs(half);
        double err = Math.abs((resK - resG) * half);
        if (resAsc != 0 && err != 0) {
            err = resAsc * Math.min(1, Math.pow(200 * err / resAsc, 1.5));
        }
        double epmach = Math.ulp(1.0);
        if (resAbs > Double.MIN_NORMAL / (50 * epmach)) {
            err = Math.max(epmach * 50 * resAbs, err);
        }
        if (!Double.isFinite(value)) {
            err = Double.POSITIVE_INFINITY;
        }
        return new Piece(a, b, value, err);
    }
}
