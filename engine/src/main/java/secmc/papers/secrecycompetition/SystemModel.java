package secmc.papers.secrecycompetition;

/**
 * The fixed radio parameters of the secrecy-competition model (spec Secs. 2 and 8.1).
 *
 * @param channels K, orthogonal channels of unit bandwidth, {@code >= 1}
 * @param pMax per-SBS sum-power limit p^max (W), {@code > 0}
 * @param pMask per-channel mask p^msk (W), {@code > 0}
 * @param noise sigma0^2, noise power per channel (W), {@code > 0}
 * @param p0 MBS power per channel p_0(k) (W), {@code >= 0}
 * @param iTh interference threshold I^th at the MUE (W), {@code > 0}
 * @param chiEpsilon chi_epsilon: radius of the own wiretap-link uncertainty as a fraction of g^_jj (spec Sec. 2.3)
 * @param chiVarepsilon chi_varepsilon: radius of the interference-link ball into Eve as a fraction of ||g^_{-j}||
 * @param chiE chi_e: radius of the MUE-link ball as a fraction of ||h^||
 */
public record SystemModel(int channels, double pMax, double pMask, double noise, double p0, double iTh,
                          double chiEpsilon, double chiVarepsilon, double chiE) {
    public SystemModel {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be >= 1, got " + channels);
        }
        positive("pMax (W)", pMax);
        positive("pMask (W)", pMask);
        positive("noise (W)", noise);
        nonNegative("p0 (W)", p0);
        positive("iTh (W)", iTh);
        nonNegative("chiEpsilon", chiEpsilon);
        nonNegative("chiVarepsilon", chiVarepsilon);
        nonNegative("chiE", chiE);
    }

    /** The spec's defaults (Sec. 8.1): K = 4, 1 W, 0.5 W, 1e-15 W, 10 W, I^th = 10e-12 W, all chi = 0.1. */
    public static SystemModel defaults() {
        return new SystemModel(4, 1, 0.5, 1e-15, 10, 10e-12, 0.1, 0.1, 0.1);
    }

    /** A copy with other uncertainty coefficients. */
    public SystemModel withChi(double chiEpsilon, double chiVarepsilon, double chiE) {
        return new SystemModel(channels, pMax, pMask, noise, p0, iTh, chiEpsilon, chiVarepsilon, chiE);
    }

    /** A copy with another threshold. */
    public SystemModel withThreshold(double iTh) {
        return new SystemModel(channels, pMax, pMask, noise, p0, iTh, chiEpsilon, chiVarepsilon, chiE);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
        }
    }
}
