package secmc.papers.secrecycompetition;

/**
 * The channel power gains of one topology (linear, |h|^2), spec Sec. 1 notation. Flat arrays:
 * {@code h[(i*J + j)*K + k] = h_ij(k)} (SBS i to SUE j, exact), {@code g[(i*J + j)*K + k] = g^_ij(k)}
 * (SBS i to Eve j, estimate), {@code h0[j*K + k] = h_0j(k)} (MBS to SUE j),
 * {@code g0[j*K + k] = g^_0j(k)} (MBS to Eve j), {@code hm[j*K + k] = h^_j(k)} (SBS j to the MUE,
 * estimate). Arrays are copied in and out.
 *
 * @param sbs J
 * @param channels K
 */
public record Gains(int sbs, int channels, double[] h, double[] h0, double[] g, double[] g0, double[] hm) {
    public Gains {
        if (sbs < 1 || channels < 1) {
            throw new IllegalArgumentException("sbs and channels must be >= 1, got " + sbs + ", " + channels);
        }
        int n2 = sbs * sbs * channels;
        int n1 = sbs * channels;
        h = checked("h", h, n2);
        g = checked("g", g, n2);
        h0 = checked("h0", h0, n1);
        g0 = checked("g0", g0, n1);
        hm = checked("hm", hm, n1);
    }

    private static double[] checked(String name, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " must have length " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!(v[i] >= 0) || Double.isInfinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and >= 0, got " + v[i]);
            }
        }
        return v.clone();
    }

    @Override
    public double[] h() {
        return h.clone();
    }

    @Override
    public double[] h0() {
        return h0.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public double[] g0() {
        return g0.clone();
    }

    @Override
    public double[] hm() {
        return hm.clone();
    }
}
