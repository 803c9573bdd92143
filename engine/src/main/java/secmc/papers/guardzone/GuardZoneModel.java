package secmc.papers.guardzone;

import secmc.scenario.Params;

/**
 * The parameters of the guard-zone model (Kishk and Dhillon, IEEE TWC 17(3), 2018; spec
 * guard-zones.md sections 1, 2 and 9), in linear units. The PT power is P = 1 W and the slot
 * T = 1 s (spec section 9), so SNRs are P / sigma^2 and the harvesting threshold enters as
 * {@code a = E_min / (eta P T)}.
 *
 * @param lambdaP PT density lambda_P (1/m^2), {@code > 0}
 * @param lambdaS ER density lambda_S (1/m^2), {@code >= 0}
 * @param rg guard-zone radius r_g (m), {@code >= 0}
 * @param ro PT-PR link distance r_o (m), {@code > 0}
 * @param alpha path-loss exponent, {@code > 2}
 * @param beta SINR threshold at the PR (linear), {@code > 0}
 * @param theta SINR threshold at an ER for perfect secrecy (linear), {@code > 0}
 * @param snrP transmit SNR at the PR, P / sigma_P^2 (linear), {@code > 0}
 * @param snrS transmit SNR at the ERs, P / sigma_S^2 (linear), {@code > 0}
 * @param eta RF-to-DC efficiency, in (0, 1]
 * @param eMin minimum harvested energy E_min (J), {@code > 0}
 * @param epsilon required secrecy level, p_s >= epsilon, in [0, 1]
 * @param lambdaSMax largest ER density lambda_S^max (1/m^2), {@code > 0}
 */
public record GuardZoneModel(double lambdaP, double lambdaS, double rg, double ro, double alpha, double beta,
                             double theta, double snrP, double snrS, double eta, double eMin, double epsilon,
                             double lambdaSMax) {
    /** PT transmit power P (W), fixed (spec section 9, PROPOSED). */
    public static final double POWER = 1.0;
    /** Slot length T (s), unity (spec section 2, RECOVERED). */
    public static final double SLOT = 1.0;

    public GuardZoneModel {
        positive("lambdaP", lambdaP);
        if (!(lambdaS >= 0) || Double.isInfinite(lambdaS)) {
            throw new IllegalArgumentException("lambdaS must be finite and >= 0 (1/m^2), got " + lambdaS);
        }
        if (!(rg >= 0) || Double.isInfinite(rg)) {
            throw new IllegalArgumentException("rg must be finite and >= 0 (m), got " + rg);
        }
        positive("ro", ro);
        if (!(alpha > 2) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 2, got " + alpha);
        }
        positive("beta", beta);
        positive("theta", theta);
        positive("snrP", snrP);
        positive("snrS", snrS);
        if (!(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("eta must be in (0, 1], got " + eta);
        }
        positive("eMin", eMin);
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
        }
        positive("lambdaSMax", lambdaSMax);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    /** The spec's PROPOSED default set (section 9): lambda_P = 0.01, lambda_S = 0.01, r_g = 0, SNRs 30 dB. */
    public static GuardZoneModel defaults() {
        return new GuardZoneModel(0.01, 0.01, 0, 2, 4, 1, 1, 1000, 1000, 0.5, 1e-4, 0.95, 0.02);
    }

    /** The model of a scenario's resolved parameters (dB values converted to linear). */
    public static GuardZoneModel of(Params p) {
        return new GuardZoneModel(p.real("lambda_P"), p.real("lambda_S"), p.real("r_g"), p.real("r_o"),
                p.real("alpha"), fromDb(p.real("beta_db")), fromDb(p.real("theta_db")), fromDb(p.real("snr_p_db")),
                fromDb(p.real("snr_s_db")), p.real("eta"), p.real("e_min"), p.real("epsilon"),
                p.real("lambda_S_max"));
    }

    /** {@code 10^(db/10)}. */
    public static double fromDb(double db) {
        return Math.pow(10, db / 10);
    }

    public GuardZoneModel withLambdaS(double v) {
        return new GuardZoneModel(lambdaP, v, rg, ro, alpha, beta, theta, snrP, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withRg(double v) {
        return new GuardZoneModel(lambdaP, lambdaS, v, ro, alpha, beta, theta, snrP, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withLambdaP(double v) {
        return new GuardZoneModel(v, lambdaS, rg, ro, alpha, beta, theta, snrP, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withAlpha(double v) {
        return new GuardZoneModel(lambdaP, lambdaS, rg, ro, v, beta, theta, snrP, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withTheta(double v) {
        return new GuardZoneModel(lambdaP, lambdaS, rg, ro, alpha, beta, v, snrP, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withSnrS(double v) {
        return new GuardZoneModel(lambdaP, lambdaS, rg, ro, alpha, beta, theta, snrP, v, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withRo(double v) {
        return new GuardZoneModel(lambdaP, lambdaS, rg, v, alpha, beta, theta, snrP, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    public GuardZoneModel withSnrP(double v) {
        return new GuardZoneModel(lambdaP, lambdaS, rg, ro, alpha, beta, theta, v, snrS, eta, eMin, epsilon, lambdaSMax);
    }

    /** Harvesting constant {@code a = E_min / (eta P T)} (1/W... i.e. E_y >= E_min iff g R^-alpha >= a). */
    public double harvestThreshold() {
        return eMin / (eta * POWER * SLOT);
    }
}
