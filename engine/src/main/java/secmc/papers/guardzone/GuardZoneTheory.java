package secmc.papers.guardzone;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;
import org.apache.commons.numbers.gamma.Gamma;
import org.apache.commons.numbers.gamma.InverseErfc;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import secmc.quadrature.GaussKronrod;
import secmc.quadrature.GaussKronrodResult;
import secmc.quadrature.RayleighPppLaplace;

/**
 * Closed forms and quadratures of the guard-zone paper's analysis (Kishk and Dhillon 2018,
 * Sections III-A/B; spec guard-zones.md sections 2-4 and 7). All are PPP approximations of the
 * Poisson hole process of active PTs, with density lambda_a = lambda_P exp(-pi lambda_S r_g^2).
 *
 * <p>Where alpha = 4 has a closed form it is used by default; the general-alpha path (Gauss-
 * Kronrod quadrature, incomplete gamma, the outside-a-disk Laplace exponent of
 * {@link RayleighPppLaplace}) is selected with {@code closedForm = false} and agrees with the
 * closed forms to about 1e-12 at alpha = 4 (tested). Stateless and thread-safe.
 */
public final class GuardZoneTheory {
    /** Outer integrals: relative tolerance 1e-13, so that exponents (and p_s) are good to ~1e-12. */
    static final GaussKronrod QUAD = new GaussKronrod(1e-13, 1e-300, 4000);

    private GuardZoneTheory() {
    }

    /** \( C(\alpha) = (2\pi/\alpha)/\sin(2\pi/\alpha) = \Gamma(1+2/\alpha)\Gamma(1-2/\alpha) \); C(4) = pi/2 exactly. */
    public static double c(double alpha) {
        double d = 2 * Math.PI / alpha;
        return d / Math.sin(d);
    }

    /** Eq. (1): probability that a PT is active, \( p_a = e^{-\pi\lambda_S r_g^2} \). */
    public static double pActive(GuardZoneModel m) {
        return Math.exp(-Math.PI * m.lambdaS() * m.rg() * m.rg());
    }

    /** Eq. (3): density of active PTs \( \lambda_a = \lambda_P p_a \) (1/m^2). */
    public static double lambdaActive(GuardZoneModel m) {
        return m.lambdaP() * pActive(m);
    }

    /** Theorem 2: \( \kappa = \pi\lambda_P r_o^2 \beta^{2/\alpha} C(\alpha) \). */
    public static double kappa(GuardZoneModel m) {
        return Math.PI * m.lambdaP() * m.ro() * m.ro() * Math.pow(m.beta(), 2 / m.alpha()) * c(m.alpha());
    }

    /** The noise exponent of the PR link, \( \beta r_o^\alpha / \mathrm{SNR}_P \). */
    static double noiseExponentP(GuardZoneModel m) {
        return m.beta() * Math.pow(m.ro(), m.alpha()) / m.snrP();
    }

    /** Theorem 1, eq. (10): \( p_c = \exp(-\pi\lambda_S r_g^2 - \beta r_o^\alpha/\mathrm{SNR}_P - \kappa p_a) \). */
    public static double pc(GuardZoneModel m) {
        double act = Math.PI * m.lambdaS() * m.rg() * m.rg();
        return Math.exp(-act - noiseExponentP(m) - kappa(m) * Math.exp(-act));
    }

    /** Corollary 2, eq. (13): noise-limited p_c (interference removed). */
    public static double pcNoiseLimited(GuardZoneModel m) {
        return Math.exp(-Math.PI * m.lambdaS() * m.rg() * m.rg() - noiseExponentP(m));
    }

    /** Corollary 3, eq. (16): interference-limited p_c (noise removed). */
    public static double pcInterferenceLimited(GuardZoneModel m) {
        double act = Math.PI * m.lambdaS() * m.rg() * m.rg();
        return Math.exp(-act - kappa(m) * Math.exp(-act));
    }

    /**
     * Theorem 2: the unconstrained maximiser of p_c over r_g (m): 0 if kappa <= 1, else
     * \( \sqrt{\ln\kappa / (\pi\lambda_S)} \) (infinite when lambda_S = 0 and kappa > 1).
     */
    public static double rgMax(GuardZoneModel m) {
        double k = kappa(m);
        if (k <= 1) {
            return 0;
        }
        return m.lambdaS() == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(Math.log(k) / (Math.PI * m.lambdaS()));
    }

    /**
     * Corollary 1, eq. (11): the bound \( p_c(r_g^*) \le p_c(r_g^{max}) \), i.e.
     * exp(-noise - kappa) if kappa <= 1, else exp(-noise) / (e kappa).
     */
    public static double pcUpperBound(GuardZoneModel m) {
        double k = kappa(m);
        double noise = noiseExponentP(m);
        return k <= 1 ? Math.exp(-noise - k) : Math.exp(-noise) / (Math.E * k);
    }

    /**
     * The Laplace exponent of eq. (32) without the density: with P = 1,
     * \( F = 2\pi \int_{r_g}^\infty v\,dv / (1 + v^\alpha/s) \) (m^2), so that
     * \( \mathcal{L}(s) = e^{-\lambda_a F} \). Seen from an ER, no active PT is closer than r_g.
     * alpha = 4 closed form: \( \pi\sqrt{s}\,(\pi/2 - \arctan(r_g^2/\sqrt{s})) \), evaluated as
     * atan2 so that it stays accurate for both small and large r_g^2 / sqrt(s).
     *
     * @param s Laplace argument theta r^alpha / P (m^alpha), {@code >= 0}
     * @param rg minimum interferer distance (m), {@code >= 0}
     */
    public static double laplaceExponent(double alpha, double s, double rg, boolean closedForm) {
        if (s == 0) {
            return 0;
        }
        if (closedForm && alpha == 4) {
            double q = Math.sqrt(s);
            return Math.PI * q * Math.atan2(q, rg * rg);
        }
        return rg == 0 ? RayleighPppLaplace.plane(alpha, s) : RayleighPppLaplace.outside(alpha, s, rg);
    }

    /**
     * Theorem 3 (eq. 12): the Laplace transform \( \mathcal{L}(\theta r^\alpha / P) \) of the
     * interference at an ER at distance r (m) from the typical PT.
     */
    public static double laplace(GuardZoneModel m, double r, boolean closedForm) {
        double s = m.theta() * Math.pow(r, m.alpha()) / GuardZoneModel.POWER;
        return Math.exp(-lambdaActive(m) * laplaceExponent(m.alpha(), s, m.rg(), closedForm));
    }

    /** Theorem 3, eq. (12): secure-communication probability (alpha = 4 closed-form Laplace). */
    public static double ps(GuardZoneModel m) {
        return ps(m, true);
    }

    /** Theorem 3, eq. (12), with the closed-form (alpha = 4) or quadrature Laplace exponent. */
    public static double ps(GuardZoneModel m, boolean closedForm) {
        return Math.exp(-psExponent(m, true, true, closedForm));
    }

    /** Corollary 3, eq. (17): interference-limited p_s (noise removed). */
    public static double psInterferenceLimited(GuardZoneModel m) {
        return psInterferenceLimited(m, true);
    }

    /** Eq. (17) with either Laplace path. */
    public static double psInterferenceLimited(GuardZoneModel m, boolean closedForm) {
        return Math.exp(-psExponent(m, false, true, closedForm));
    }

    /**
     * Corollary 3 special case r_g = 0: \( p_s^{IL} = \exp(-\lambda_S / (\lambda_P \theta^{2/\alpha} C(\alpha))) \).
     */
    public static double psInterferenceLimitedNoGuard(GuardZoneModel m) {
        return Math.exp(-m.lambdaS() / (m.lambdaP() * Math.pow(m.theta(), 2 / m.alpha()) * c(m.alpha())));
    }

    /**
     * Corollary 2, eq. (14): noise-limited p_s,
     * \( \exp(-(2\pi\lambda_S/\alpha)(\mathrm{SNR}_S/\theta)^{2/\alpha}\Gamma(2/\alpha, \theta r_g^\alpha/\mathrm{SNR}_S)) \);
     * for alpha = 4 (closedForm) the erfc form.
     */
    public static double psNoiseLimited(GuardZoneModel m, boolean closedForm) {
        double ratio = m.snrS() / m.theta();
        if (closedForm && m.alpha() == 4) {
            return Math.exp(-Math.pow(Math.PI, 1.5) / 2 * m.lambdaS() * Math.sqrt(ratio)
                    * Erfc.value(m.rg() * m.rg() / Math.sqrt(ratio)));
        }
        double sh = 2 / m.alpha();
        double x = Math.pow(m.rg(), m.alpha()) / ratio;
        return Math.exp(-(2 * Math.PI * m.lambdaS() / m.alpha()) * Math.pow(ratio, sh) * Gamma.value(sh)
                * RegularizedGamma.Q.value(sh, x));
    }

    /** Eq. (14), alpha = 4 closed form where it applies. */
    public static double psNoiseLimited(GuardZoneModel m) {
        return psNoiseLimited(m, true);
    }

    /**
     * Eq. (15): the smallest r_g (m) with p_s^NL >= epsilon. With
     * \( q = -\alpha\ln\epsilon\,(\theta/\mathrm{SNR}_S)^{2/\alpha} / (2\pi\lambda_S\Gamma(2/\alpha)) \):
     * 0 if q >= 1, else \( (\mathrm{SNR}_S/\theta)^{1/\alpha} Q^{-1}(2/\alpha, q)^{1/\alpha} \);
     * alpha = 4 (closedForm): \( (\mathrm{SNR}_S/\theta)^{1/4}\sqrt{\mathrm{erfc}^{-1}(q)} \).
     * epsilon = 0 gives 0; epsilon = 1 (q = 0) gives infinity.
     */
    public static double rgStarNoiseLimited(GuardZoneModel m, boolean closedForm) {
        if (m.lambdaS() == 0 || m.epsilon() == 0) {
            return 0;
        }
        double sh = 2 / m.alpha();
        double ratio = m.snrS() / m.theta();
        double q = -m.alpha() * Math.log(m.epsilon()) * Math.pow(1 / ratio, sh)
                / (2 * Math.PI * m.lambdaS() * Gamma.value(sh));
        if (q >= 1) {
            return 0;
        }
        if (q == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (closedForm && m.alpha() == 4) {
            return Math.pow(ratio, 0.25) * Math.sqrt(InverseErfc.value(q));
        }
        return Math.pow(ratio * inverseQ(sh, q), 1 / m.alpha());
    }

    /** Eq. (15), alpha = 4 closed form where it applies. */
    public static double rgStarNoiseLimited(GuardZoneModel m) {
        return rgStarNoiseLimited(m, true);
    }

    /**
     * Inverse in x of the regularised upper incomplete gamma Q(s, x) = q, 0 < q < 1, by
     * bracketing and bisection to full double precision (Q is strictly decreasing in x).
     */
    static double inverseQ(double s, double q) {
        double lo = 0;
        double hi = 1;
        while (RegularizedGamma.Q.value(s, hi) > q) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 2000 && hi - lo > 2 * Math.ulp(hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (RegularizedGamma.Q.value(s, mid) > q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The exponent \( 2\pi\lambda_S \int_{r_g}^\infty e^{-\theta r^\alpha/\mathrm{SNR}_S} \mathcal{L}(\theta r^\alpha/P)\,r\,dr \)
     * of eqs. (12), (14) and (17), integrated in pieces as spec section 7 prescribes:
     * [r_g, r_g + s/2], [.., r_g + s], then up to r_g + 2s, 4s, ..., 32s and a mapped tail, with
     * s = min((SNR_S/theta)^(1/alpha), 1/sqrt(lambda_a theta^(2/alpha))).
     * Infinite when the integral diverges (no noise and no interference).
     */
    static double psExponent(GuardZoneModel m, boolean noise, boolean interference, boolean closedForm) {
        if (m.lambdaS() == 0) {
            return 0;
        }
        double alpha = m.alpha();
        double theta = m.theta();
        double la = interference ? lambdaActive(m) : 0;
        double noiseCoef = noise ? theta / m.snrS() : 0;
        double sNoise = noise ? Math.pow(m.snrS() / theta, 1 / alpha) : Double.POSITIVE_INFINITY;
        double sInt = la > 0 ? 1 / Math.sqrt(la * Math.pow(theta, 2 / alpha)) : Double.POSITIVE_INFINITY;
        double scale = Math.min(sNoise, sInt);
        if (Double.isInfinite(scale)) {
            return Double.POSITIVE_INFINITY;
        }
        double rg = m.rg();
        java.util.function.DoubleUnaryOperator f = r -> {
            double ra = Math.pow(r, alpha);
            double e = noiseCoef * ra;
            if (la > 0) {
                e += la * laplaceExponent(alpha, theta * ra / GuardZoneModel.POWER, rg, closedForm);
            }
            return Math.exp(-e) * r;
        };
        double[] cuts = {0, 0.5, 1, 2, 4, 8, 16, 32};
        double sum = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            sum += QUAD.value(f, rg + cuts[i] * scale, rg + cuts[i + 1] * scale);
        }
        GaussKronrodResult tail = QUAD.integrateToInfinity(f, rg + 32 * scale, scale);
        sum += tail.value();
        return 2 * Math.PI * m.lambdaS() * sum;
    }

    /**
     * Theorem 4, eq. (18): density of successfully powered ERs (1/m^2),
     * \( \lambda_S E[e^{-a R^\alpha}] \) with a = E_min/(eta P T) and R the contact distance of a
     * PPP(lambda_a) outside b(0, r_g), eq. (35).
     */
    public static double lambdaPs(GuardZoneModel m) {
        return lambdaPs(m, true);
    }

    /** Eq. (18): alpha = 4 erfcx closed form (closedForm) or quadrature in t = pi lambda_a (r^2 - r_g^2). */
    public static double lambdaPs(GuardZoneModel m, boolean closedForm) {
        return m.lambdaS() * harvestIntegral(m, Math.PI * lambdaActive(m), closedForm);
    }

    /**
     * Corollary 4, eq. (19): the lower bound with lambda_a replaced by lambda_P in the contact
     * distance survival factor, \( \lambda_S e^{-\pi\lambda_S r_g^2} \int \dots \) (1/m^2).
     */
    public static double lambdaPsLowerBound(GuardZoneModel m) {
        return lambdaPsLowerBound(m, true);
    }

    /** Eq. (19) with either evaluation path. */
    public static double lambdaPsLowerBound(GuardZoneModel m, boolean closedForm) {
        return m.lambdaS() * pActive(m) * harvestIntegral(m, Math.PI * m.lambdaP(), closedForm);
    }

    /**
     * Eq. (20): maximiser of the bound (19) over lambda_S, min(1 / (pi r_g^2), lambda_S^max)
     * (1/m^2); lambda_S^max at r_g = 0.
     */
    public static double lambdaSStarLowerBound(GuardZoneModel m) {
        double rg = m.rg();
        return rg == 0 ? m.lambdaSMax() : Math.min(1 / (Math.PI * rg * rg), m.lambdaSMax());
    }

    /**
     * \( \int_{r_g}^\infty e^{-a r^\alpha} 2\mu r e^{-\mu(r^2 - r_g^2)} dr \) with mu = pi * density:
     * alpha = 4 closed form \( \mu\sqrt{\pi/(4a)} e^{-a r_g^4} \mathrm{erfcx}(\sqrt{a} r_g^2 + \mu/(2\sqrt{a})) \),
     * otherwise \( \int_0^\infty \exp(-a (r_g^2 + t/\mu)^{\alpha/2} - t)\,dt \) (spec section 7).
     */
    static double harvestIntegral(GuardZoneModel m, double mu, boolean closedForm) {
        if (mu == 0) {
            return 0;
        }
        double a = m.harvestThreshold();
        double rg2 = m.rg() * m.rg();
        if (closedForm && m.alpha() == 4) {
            double sa = Math.sqrt(a);
            return mu * Math.sqrt(Math.PI / (4 * a)) * Math.exp(-a * rg2 * rg2) * Erfcx.value(sa * rg2 + mu / (2 * sa));
        }
        double half = m.alpha() / 2;
        // Scale of the harvesting factor in t: a (t/mu)^(alpha/2) ~ 1 at t ~ mu a^(-2/alpha).
        double scale = Math.min(1, mu * Math.pow(a, -2 / m.alpha()));
        return QUAD.integrateToInfinity(t -> Math.exp(-a * Math.pow(rg2 + t / mu, half) - t), 0, scale).value();
    }
}
