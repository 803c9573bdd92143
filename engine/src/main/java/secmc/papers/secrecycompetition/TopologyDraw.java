package secmc.papers.secrecycompetition;

/**
 * Every random variate of one topology (spec Sec. 8.2), before the Eve distance is fixed:
 * positions in m, linear shadowing factors per link, Exp(1) fading per link and channel.
 * Link (i, j) of an SBS-to-SUE or SBS-to-Eve array is at {@code i * sbs + j}; channel k of a link
 * l at {@code l * channels + k}. Made by {@link Deployment#draw}; arrays are shared, not copied
 * (package-private use only, never modified).
 */
record TopologyDraw(int sbs, int channels, double mueX, double mueY, double[] sbsX, double[] sbsY, double[] sueX,
                    double[] sueY, double[] eveU, double[] eveAngle, double[] shadowSue, double[] shadowEve,
                    double[] shadowMue, double[] shadowMbsSue, double[] shadowMbsEve, double[] fadingSue,
                    double[] fadingEve, double[] fadingMue, double[] fadingMbsSue, double[] fadingMbsEve) {
}
