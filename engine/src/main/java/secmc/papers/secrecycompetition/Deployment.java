package secmc.papers.secrecycompetition;

import org.apache.commons.rng.UniformRandomProvider;
import secmc.channel.LogNormalShadowing;
import secmc.channel.RayleighFading;

/**
 * The simulation geometry and propagation of spec Sec. 8.1-8.2: a square area with the MBS at
 * the origin (a corner), one MUE uniform in the quarter disc of radius {@code mueRadius} around
 * the MBS, SBSs i.i.d. uniform in the area, each SUE at U[sueMin, sueMax] from its SBS and each
 * Eve at U[D - eveHalfWidth, D + eveHalfWidth] from its SBS (uniform angles; both may leave the
 * area), path loss 127.1 + 37.6 log10(d/1 km) dB with d clamped at {@code minDistance},
 * log-normal shadowing i.i.d. per link and Rayleigh fading i.i.d. per link and channel.
 *
 * @param side side of the square area (m), {@code > 0}
 * @param mueRadius radius of the MUE quarter disc around the MBS (m), {@code > 0}
 * @param sueMin smallest SBS-SUE distance (m), {@code > 0}
 * @param sueMax largest SBS-SUE distance (m), {@code >= sueMin}
 * @param eveHalfWidth half-width of the SBS-Eve distance interval around D (m), {@code >= 0}
 * @param shadowingDb log-normal shadowing standard deviation (dB), {@code >= 0}
 * @param minDistance path-loss distance clamp (m), {@code > 0}
 */
public record Deployment(double side, double mueRadius, double sueMin, double sueMax, double eveHalfWidth,
                         double shadowingDb, double minDistance) {
    public Deployment {
        positive("side (m)", side);
        positive("mueRadius (m)", mueRadius);
        positive("sueMin (m)", sueMin);
        if (!(sueMax >= sueMin) || Double.isInfinite(sueMax)) {
            throw new IllegalArgumentException("sueMax must be finite and >= sueMin = " + sueMin + " (m), got " + sueMax);
        }
        if (!(eveHalfWidth >= 0) || Double.isInfinite(eveHalfWidth)) {
            throw new IllegalArgumentException("eveHalfWidth must be finite and >= 0 (m), got " + eveHalfWidth);
        }
        if (!(shadowingDb >= 0) || Double.isInfinite(shadowingDb)) {
            throw new IllegalArgumentException("shadowingDb must be finite and >= 0 (dB), got " + shadowingDb);
        }
        positive("minDistance (m)", minDistance);
    }

    /** The spec's setup: 1000 m, 100 m, U[80, 120] m, +-20 m, 10 dB, 10 m. */
    public static Deployment defaults() {
        return new Deployment(1000, 100, 80, 120, 20, 10, 10);
    }

    /** Path gain (linear, without shadowing and fading) at distance {@code d} (m): 127.1 + 37.6 log10(d/1 km) dB. */
    public double pathGain(double d) {
        double dd = Math.max(d, minDistance);
        double lossDb = 127.1 + 37.6 * Math.log10(dd / 1000);
        return Math.pow(10, -lossDb / 10);
    }

    /**
     * Draws every random variate of one topology with {@code sbs} SBSs and {@code channels}
     * channels, in a fixed order, from {@code rng}: MUE (2 uniforms), per SBS its position (2),
     * SUE offset (2) and Eve offset (2), then one shadowing normal per link
     * ((sbs + 1)(2 sbs + 1) links) and one Exp(1) fading gain per link and channel. The draw of a
     * larger network restricted to its first SBSs is a draw of the smaller one (see
     * {@link #gains(TopologyDraw, int, double)}), which gives common random numbers across J.
     */
    public TopologyDraw draw(UniformRandomProvider rng, int sbs, int channels) {
        if (sbs < 1) {
            throw new IllegalArgumentException("sbs must be >= 1, got " + sbs);
        }
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be >= 1, got " + channels);
        }
        int j2 = sbs * sbs;
        double r = mueRadius * Math.sqrt(rng.nextDouble());
        double phi = 0.5 * Math.PI * rng.nextDouble();
        double mueX = r * Math.cos(phi);
        double mueY = r * Math.sin(phi);
        double[] sbsX = new double[sbs];
        double[] sbsY = new double[sbs];
        double[] sueX = new double[sbs];
        double[] sueY = new double[sbs];
        double[] eveU = new double[sbs];
        double[] eveAngle = new double[sbs];
        for (int j = 0; j < sbs; j++) {
            sbsX[j] = side * rng.nextDouble();
            sbsY[j] = side * rng.nextDouble();
            double d = sueMin + (sueMax - sueMin) * rng.nextDouble();
            double a = 2 * Math.PI * rng.nextDouble();
            sueX[j] = sbsX[j] + d * Math.cos(a);
            sueY[j] = sbsY[j] + d * Math.sin(a);
            eveU[j] = rng.nextDouble();
            eveAngle[j] = 2 * Math.PI * rng.nextDouble();
        }
        LogNormalShadowing shadowing = new LogNormalShadowing(rng, shadowingDb);
        double[] shSue = new double[j2];
        double[] shEve = new double[j2];
        double[] shMue = new double[sbs];
        double[] shMbsSue = new double[sbs];
        double[] shMbsEve = new double[sbs];
        shadowing.fill(shSue, j2);
        shadowing.fill(shEve, j2);
        shadowing.fill(shMue, sbs);
        shadowing.fill(shMbsSue, sbs);
        shadowing.fill(shMbsEve, sbs);
        RayleighFading fading = new RayleighFading(rng);
        double[] fSue = new double[j2 * channels];
        double[] fEve = new double[j2 * channels];
        double[] fMue = new double[sbs * channels];
        double[] fMbsSue = new double[sbs * channels];
        double[] fMbsEve = new double[sbs * channels];
        fading.fill(fSue, fSue.length);
        fading.fill(fEve, fEve.length);
        fading.fill(fMue, fMue.length);
        fading.fill(fMbsSue, fMbsSue.length);
        fading.fill(fMbsEve, fMbsEve.length);
        return new TopologyDraw(sbs, channels, mueX, mueY, sbsX, sbsY, sueX, sueY, eveU, eveAngle, shSue, shEve, shMue,
                shMbsSue, shMbsEve, fSue, fEve, fMue, fMbsSue, fMbsEve);
    }

    /**
     * The channel gains of the first {@code sbs} SBSs of a draw, with Eve distances
     * {@code D - eveHalfWidth + 2 eveHalfWidth u} (the same uniform u for every D: common random
     * numbers across the Eve-distance axis of Fig. 7).
     *
     * @param draw the variates
     * @param sbs J, {@code 1 <= sbs <= draw.sbs()}
     * @param eveMean D, mean SBS-Eve distance (m), {@code >= eveHalfWidth}
     */
    public Gains gains(TopologyDraw draw, int sbs, double eveMean) {
        if (sbs < 1 || sbs > draw.sbs()) {
            throw new IllegalArgumentException("sbs must be in [1, " + draw.sbs() + "], got " + sbs);
        }
        if (!(eveMean >= eveHalfWidth) || Double.isInfinite(eveMean)) {
            throw new IllegalArgumentException("eveMean must be finite and >= eveHalfWidth = " + eveHalfWidth
                    + " (m), got " + eveMean);
        }
        int n = draw.sbs();
        int kk = draw.channels();
        double[] eveX = new double[sbs];
        double[] eveY = new double[sbs];
        for (int j = 0; j < sbs; j++) {
            double d = eveMean - eveHalfWidth + 2 * eveHalfWidth * draw.eveU()[j];
            eveX[j] = draw.sbsX()[j] + d * Math.cos(draw.eveAngle()[j]);
            eveY[j] = draw.sbsY()[j] + d * Math.sin(draw.eveAngle()[j]);
        }
        double[] h = new double[sbs * sbs * kk];
        double[] g = new double[sbs * sbs * kk];
        double[] h0 = new double[sbs * kk];
        double[] g0 = new double[sbs * kk];
        double[] hm = new double[sbs * kk];
        for (int i = 0; i < sbs; i++) {
            double xi = draw.sbsX()[i];
            double yi = draw.sbsY()[i];
            for (int j = 0; j < sbs; j++) {
                double gs = pathGain(Math.hypot(xi - draw.sueX()[j], yi - draw.sueY()[j])) * draw.shadowSue()[i * n + j];
                double ge = pathGain(Math.hypot(xi - eveX[j], yi - eveY[j])) * draw.shadowEve()[i * n + j];
                for (int k = 0; k < kk; k++) {
                    h[(i * sbs + j) * kk + k] = gs * draw.fadingSue()[(i * n + j) * kk + k];
                    g[(i * sbs + j) * kk + k] = ge * draw.fadingEve()[(i * n + j) * kk + k];
                }
            }
            double gm = pathGain(Math.hypot(xi - draw.mueX(), yi - draw.mueY())) * draw.shadowMue()[i];
            for (int k = 0; k < kk; k++) {
                hm[i * kk + k] = gm * draw.fadingMue()[i * kk + k];
            }
        }
        for (int j = 0; j < sbs; j++) {
            double gs = pathGain(Math.hypot(draw.sueX()[j], draw.sueY()[j])) * draw.shadowMbsSue()[j];
            double ge = pathGain(Math.hypot(eveX[j], eveY[j])) * draw.shadowMbsEve()[j];
            for (int k = 0; k < kk; k++) {
                h0[j * kk + k] = gs * draw.fadingMbsSue()[j * kk + k];
                g0[j * kk + k] = ge * draw.fadingMbsEve()[j * kk + k];
            }
        }
        return new Gains(sbs, kk, h, h0, g, g0, hm);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }
}
