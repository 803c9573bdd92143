package secmc.papers.secrecycompetition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import secmc.random.TaskRandom;

/**
 * The exact best response (spec Sec. 4) on the spec's list of cases and on random instances
 * against an independent optimiser (accelerated projected gradient, written here, with its own
 * exact sort-based projection).
 */
class BestResponseTest {
    private static final double LN2 = Math.log(2);
    /** KKT residual of the exact solver: rounding of gradients up to ~1e4 bits/W, so ~1e-11 absolute. */
    private static final double KKT_TOL = 1e-10;
    /** Objective agreement with the reference optimiser (the requirement), relative to max(1, |F|). */
    private static final double OBJ_TOL = 1e-8;

    private static BestResponse.Problem problem(double[] a, double[] b, double[] c, double w, double s) {
        return new BestResponse.Problem(a, b, c, w, s, 0.5, 1.0);
    }

    @Test
    void allChannelsWithAAtMostBStayOff() {
        BestResponse.Result r = BestResponse.solve(problem(new double[] {1, 2, 3, 4}, new double[] {1, 5, 3.5, 40},
                new double[4], 0, 0));
        assertArrayEquals(new double[4], r.x());
        assertEquals(0, r.objective());
        assertTrue(r.converged());
    }

    @Test
    void zeroPriceGivesTheClosedFormRoot() {
        // theta = 0, budget slack: x = root of (1 + a x)(1 + b x) = C/mu, or the mask.
        double[] a = {10, 3, 50, 0.5};
        double[] b = {1, 0, 20, 0.4};
        double[] c = {1, 0.5, 0.2, 0.2};
        BestResponse.Result r = BestResponse.solve(new BestResponse.Problem(a, b, c, 0, 0, 0.5, 10));
        for (int k = 0; k < 4; k++) {
            double cap = (a[k] - b[k]) / LN2;
            double expected;
            if (cap <= c[k]) {
                expected = 0;
            } else {
                // quadratic a b x^2 + (a + b) x + 1 - C/mu = 0, textbook form
                double qa = a[k] * b[k];
                double qb = a[k] + b[k];
                double qc = 1 - cap / c[k];
                expected = qa == 0 ? -qc / qb : (-qb + Math.sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
                expected = Math.min(expected, 0.5);
            }
            assertEquals(expected, r.x(k), 1e-13 * Math.max(1, expected), "channel " + k);
        }
        assertEquals(0, r.lambda());
        assertTrue(r.residual() < KKT_TOL, "residual " + r.residual());
    }

    @Test
    void nonSmoothCaseZeroIffSubgradientConditionHolds() {
        double[] a = {10, 8, 1, 0.2};
        double[] b = {2, 1, 3, 0.1};
        double[] c = {0.5, 0.5, 0.5, 0.5};
        double dNorm = 0;
        for (int k = 0; k < 4; k++) {
            double d = (a[k] - b[k]) / LN2 - c[k];
            dNorm += d > 0 ? d * d : 0;
        }
        dNorm = Math.sqrt(dNorm);
        BestResponse.Result below = BestResponse.solve(problem(a, b, c, dNorm * (1 + 1e-9), 0));
        assertArrayEquals(new double[4], below.x(), "||d+|| slightly below w: x = 0");
        assertEquals(0, below.residual());
        BestResponse.Result above = BestResponse.solve(problem(a, b, c, dNorm * (1 - 1e-3), 0));
        assertTrue(above.total() > 0, "||d+|| slightly above w: x != 0");
        assertTrue(above.residual() < KKT_TOL, "residual " + above.residual());
        assertTrue(above.objective() > 0);
        // the direction of x at the kink is d+ / ||d+|| (first-order): channels with d > 0 only
        assertEquals(0, above.x(2));
    }

    @Test
    void budgetActiveWithOneChannelAtTheMask() {
        double[] a = {1e4, 8, 7, 0.1};
        double[] b = {0, 1, 1, 0};
        BestResponse.Result r = BestResponse.solve(problem(a, b, new double[] {0.1, 0.1, 0.1, 0.1}, 0.3, 0.05));
        assertEquals(1.0, r.total(), 1e-15);
        assertEquals(0.5, r.x(0), "channel 0 at the mask");
        assertTrue(r.lambda() > 0);
        assertTrue(Arrays.stream(r.x()).anyMatch(v -> v == 0.5), Arrays.toString(r.x()));
        assertTrue(r.residual() < KKT_TOL, "residual " + r.residual());
        assertReferenceAgrees(problem(a, b, new double[] {0.1, 0.1, 0.1, 0.1}, 0.3, 0.05), r);
    }

    @Test
    void zeroEavesdropperGain() {
        BestResponse.Problem p = problem(new double[] {3, 1, 0.5, 2}, new double[4], new double[] {0.4, 0.4, 0.4, 0.4},
                0.2, 0.1);
        BestResponse.Result r = BestResponse.solve(p);
        assertTrue(r.residual() < KKT_TOL);
        assertReferenceAgrees(p, r);
    }

    /** The Newton start's cube-root bound is never below the root and at most 0.1 % above it. */
    @Test
    void cubeRootBoundIsAnUpperBound() {
        UniformRandomProvider rng = TaskRandom.fromSeed(77);
        for (int i = 0; i < 100_000; i++) {
            double y = Math.pow(10, -30 + 60 * rng.nextDouble());
            double u = BestResponse.cbrtUpper(y);
            double r = Math.cbrt(y);
            assertTrue(u >= r && u <= r * 1.001, "y " + y + ": " + u + " vs " + r);
        }
        for (double y : new double[] {1, 8, 0.125, 1e-300, 1e300, Double.MIN_NORMAL}) {
            assertTrue(BestResponse.cbrtUpper(y) >= Math.cbrt(y), "y " + y);
        }
    }

    @Test
    void rejectsBadArgumentsByName() {
        double[] ok = {1, 1};
        assertThrows(IllegalArgumentException.class, () -> problem(new double[] {1, Double.NaN}, ok, ok, 0, 0),
                "a[1]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BestResponse.Problem(ok, ok, ok, -1, 0, 0.5, 1));
        assertTrue(e.getMessage().startsWith("w "));
        e = assertThrows(IllegalArgumentException.class, () -> new BestResponse.Problem(ok, ok, ok, 0, 0, 0, 1));
        assertTrue(e.getMessage().startsWith("mask "));
        e = assertThrows(IllegalArgumentException.class, () -> new BestResponse.Problem(ok, ok, ok, 0, Double.NaN, 1, 1));
        assertTrue(e.getMessage().startsWith("S "));
    }

    /**
     * Random instances (spec Sec. 4 validation): a, b log-uniform over [1e-1, 1e4] (b = 0 in a
     * tenth), with and without price, with and without the root term, S = 0 and S > 0.
     */
    @Test
    void randomInstancesAgreeWithIndependentOptimiser() {
        UniformRandomProvider rng = TaskRandom.fromSeed(20211);
        double worstRel = 0;
        double worstKkt = 0;
        for (int n = 0; n < 120; n++) {
            double[] a = new double[4];
            double[] b = new double[4];
            double[] c = new double[4];
            boolean priced = rng.nextInt(4) != 0;
            for (int k = 0; k < 4; k++) {
                a[k] = logUniform(rng, 1e-1, 1e4);
                b[k] = rng.nextInt(10) == 0 ? 0 : logUniform(rng, 1e-1, 1e4);
                c[k] = priced ? logUniform(rng, 1e-2, 1e2) : 0;
            }
            double w = priced && rng.nextBoolean() ? logUniform(rng, 1e-1, 1e2) : 0;
            double s = rng.nextBoolean() ? 0 : logUniform(rng, 1e-3, 1);
            BestResponse.Problem p = problem(a, b, c, w, s);
            BestResponse.Result r = BestResponse.solve(p);
            assertTrue(r.converged(), "instance " + n);
            worstKkt = Math.max(worstKkt, r.residual());
            assertTrue(r.residual() < KKT_TOL, "instance " + n + " residual " + r.residual());
            worstRel = Math.max(worstRel, assertReferenceAgrees(p, r));
        }
        System.out.printf("best response vs reference: worst relative objective gap %.3g, worst KKT residual %.3g%n",
                worstRel, worstKkt);
    }

    /**
     * The hot path gives the reference path's bits: level 1 with the channels' Newton iterations
     * side by side equals {@link BestResponse#channel} one channel at a time, and the allocation-free
     * {@code solveInto} equals {@code solve(p).x()}, on random instances with K = 1..7 channels,
     * priced and unpriced, at prices lambda and root factors theta over many decades.
     */
    @Test
    void hotPathGivesTheReferenceBits() {
        UniformRandomProvider rng = TaskRandom.fromSeed(20212);
        int newtonChannels = 0;
        for (int n = 0; n < 400; n++) {
            int kk = 1 + rng.nextInt(7);
            double[] a = new double[kk];
            double[] b = new double[kk];
            double[] c = new double[kk];
            boolean priced = rng.nextInt(4) != 0;
            for (int k = 0; k < kk; k++) {
                a[k] = logUniform(rng, 1e-1, 1e4);
                b[k] = rng.nextInt(10) == 0 ? 0 : logUniform(rng, 1e-1, 1e4);
                c[k] = priced ? logUniform(rng, 1e-2, 1e2) : 0;
            }
            double w = priced && rng.nextBoolean() ? logUniform(rng, 1e-1, 1e2) : 0;
            double s = rng.nextBoolean() ? 0 : logUniform(rng, 1e-3, 1);
            BestResponse.Problem p = new BestResponse.Problem(a, b, c, w, s, 0.5, 1.0);

            BestResponse.Work work = new BestResponse.Work(kk);
            work.load(a, b, c, w, s, 0.5, 1.0);
            double[] x = new double[kk];
            for (int trial = 0; trial < 5; trial++) {
                double lambda = rng.nextBoolean() ? 0 : logUniform(rng, 1e-6, 1e3);
                double theta = rng.nextInt(3) == 0 ? 0 : logUniform(rng, 1e-4, 1e6);
                double sum = work.fill(lambda, theta, x);
                double expectSum = 0;
                for (int k = 0; k < kk; k++) {
                    double cap = (a[k] - b[k]) / LN2;
                    boolean on = a[k] > b[k] && cap - c[k] > 0;
                    double ref = on ? BestResponse.channel(a[k], b[k], cap, c[k] + lambda, theta, 0.5) : 0;
                    assertEquals(Double.doubleToLongBits(ref), Double.doubleToLongBits(x[k]),
                            "instance " + n + " channel " + k + ": " + x[k] + " vs " + ref);
                    expectSum += ref;
                    newtonChannels += on && theta > 0 && ref > 0 && ref < 0.5 ? 1 : 0;
                }
                assertEquals(Double.doubleToLongBits(expectSum), Double.doubleToLongBits(sum), "instance " + n);
            }

            BestResponse.Workspace ws = new BestResponse.Workspace(kk);
            System.arraycopy(a, 0, ws.a, 0, kk);
            System.arraycopy(b, 0, ws.b, 0, kk);
            System.arraycopy(c, 0, ws.c, 0, kk);
            ws.w = w;
            ws.sOthers = s;
            ws.mask = 0.5;
            ws.budget = 1.0;
            Arrays.fill(x, 123.0);
            BestResponse.solveInto(ws, x);
            double[] ref = BestResponse.solve(p).x();
            for (int k = 0; k < kk; k++) {
                assertEquals(Double.doubleToLongBits(ref[k]), Double.doubleToLongBits(x[k]), "instance " + n + " solveInto");
            }
        }
        // The side-by-side Newton path must actually have been exercised.
        assertTrue(newtonChannels > 500, "only " + newtonChannels + " channels needed Newton");
    }

    private static double logUniform(UniformRandomProvider rng, double lo, double hi) {
        return lo * Math.pow(hi / lo, rng.nextDouble());
    }

    /** Checks the exact solver against the reference; returns the relative objective gap. */
    private static double assertReferenceAgrees(BestResponse.Problem p, BestResponse.Result r) {
        double[] ref = ReferenceOptimiser.maximise(p);
        double fRef = p.objective(ref);
        double fMine = r.objective();
        double scale = Math.max(1, Math.abs(fRef));
        // feasibility of the exact solution
        double sum = 0;
        for (int k = 0; k < p.channels(); k++) {
            assertTrue(r.x(k) >= 0 && r.x(k) <= p.mask(), "mask");
            sum += r.x(k);
        }
        assertTrue(sum <= p.budget() * (1 + 1e-15), "budget");
        // the exact maximiser is never beaten by a feasible point (beyond rounding) ...
        assertTrue(fMine >= fRef - 1e-12 * scale, "reference beats exact: " + fRef + " > " + fMine);
        // ... and the reference reaches it
        double rel = Math.abs(fMine - fRef) / scale;
        assertTrue(rel <= OBJ_TOL, "objective gap " + rel + " exact " + fMine + " ref " + fRef + " x "
                + Arrays.toString(r.x()) + " ref " + Arrays.toString(ref));
        return rel;
    }

    /**
     * An independent optimiser: FISTA (Beck and Teboulle 2009) with backtracking and adaptive
     * restart (O'Donoghue and Candes 2015) on -F, with an exact sort-based projection onto
     * {0 <= x <= m, sum x <= P}. The root term is smoothed as sqrt(S + ||x||^2 + 1e-24) (changes F by
     * at most w 1e-12).
     */
    static final class ReferenceOptimiser {
        static double[] maximise(BestResponse.Problem p) {
            int n = p.channels();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] g = new double[n];
            double[] z = new double[n];
            double fx = f(p, x);
            double t = 1;
            double lip = 1;
            for (int it = 0; it < 50_000; it++) {
                double fy = f(p, y);
                grad(p, y, g);
                lip = Math.max(lip * 0.5, 1e-12);
                double fz;
                while (true) {
                    double[] step = new double[n];
                    for (int k = 0; k < n; k++) {
                        step[k] = y[k] + g[k] / lip;
                    }
                    project(step, p.mask(), p.budget(), z);
                    double lin = 0;
                    double quad = 0;
                    for (int k = 0; k < n; k++) {
                        double d = z[k] - y[k];
                        lin += g[k] * d;
                        quad += d * d;
                    }
                    fz = f(p, z);
                    if (fz >= fy + lin - 0.5 * lip * quad - 1e-15 * Math.abs(fy) || lip > 1e20) {
                        break;
                    }
                    lip *= 2;
                }
                double tNext = 0.5 * (1 + Math.sqrt(1 + 4 * t * t));
                if (fz < fx) {
                    // adaptive restart: momentum made things worse
                    t = 1;
                    System.arraycopy(x, 0, y, 0, n);
                    continue;
                }
                double change = 0;
                for (int k = 0; k < n; k++) {
                    double nx = z[k];
                    y[k] = nx + (t - 1) / tNext * (nx - x[k]);
                    change = Math.max(change, Math.abs(nx - x[k]));
                    x[k] = nx;
                }
                for (int k = 0; k < n; k++) {
                    y[k] = Math.min(Math.max(y[k], 0), p.mask());
                }
                t = tNext;
                fx = fz;
                if (change < 1e-15 && it > 100) {
                    break;
                }
            }
            return x;
        }

        static double f(BestResponse.Problem p, double[] x) {
            double s = 0;
            double n2 = p.S() + 1e-24;
            for (int k = 0; k < p.channels(); k++) {
                s += (Math.log1p(p.a()[k] * x[k]) - Math.log1p(p.b()[k] * x[k])) / LN2 - p.c()[k] * x[k];
                n2 += x[k] * x[k];
            }
            return s - p.w() * Math.sqrt(n2);
        }

        static void grad(BestResponse.Problem p, double[] x, double[] g) {
            double n2 = p.S() + 1e-24;
            for (double v : x) {
                n2 += v * v;
            }
            double root = Math.sqrt(n2);
            for (int k = 0; k < p.channels(); k++) {
                double a = p.a()[k];
                double b = p.b()[k];
                g[k] = (a / (1 + a * x[k]) - b / (1 + b * x[k])) / LN2 - p.c()[k] - p.w() * x[k] / root;
            }
        }

        /** Exact projection: the clip sum is piecewise linear in the shift nu; scan the sorted breakpoints. */
        static void project(double[] y, double m, double budget, double[] out) {
            int n = y.length;
            double sum = 0;
            for (int k = 0; k < n; k++) {
                out[k] = Math.min(Math.max(y[k], 0), m);
                sum += out[k];
            }
            if (sum <= budget) {
                return;
            }
            double[] bp = new double[2 * n];
            for (int k = 0; k < n; k++) {
                bp[2 * k] = y[k];
                bp[2 * k + 1] = y[k] - m;
            }
            Arrays.sort(bp);
            // h(nu) = sum clip(y - nu, 0, m), decreasing; find the segment where it crosses the budget
            double prevNu = 0;
            double prevH = sum;
            for (double nu : bp) {
                if (nu <= prevNu) {
                    continue;
                }
                double h = 0;
                for (double v : y) {
                    h += Math.min(Math.max(v - nu, 0), m);
                }
                if (h <= budget) {
                    double nuStar = prevNu + (prevH - budget) / (prevH - h) * (nu - prevNu);
                    for (int k = 0; k < n; k++) {
                        out[k] = Math.min(Math.max(y[k] - nuStar, 0), m);
                    }
                    return;
                }
                prevNu = nu;
                prevH = h;
            }
            throw new AssertionError("projection failed");
        }
    }
}
