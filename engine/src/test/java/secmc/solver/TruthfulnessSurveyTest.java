package secmc.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Provenance of the counts quoted in {@link TwoLevelAuctionTest#notTruthfulInExpectationOverRandomPreferences}:
 * on random instances (gains G ~ U(0,1), jammer law p2 and every SU's preference law q uniform on
 * the simplex by normalised uniforms, bids a' = (1 - p2) G), how many instances admit a misreport
 * of one SU that raises its expected utility over preferences and jam by more than 1e-9
 * (100 random misreports each). Deterministic (fixed seed), so the counts are exact.
 * Measured: (M', N) = (2,3) 44/500, (3,3) 421/500, (3,4) 174/500, (2,5) 7/500.
 */
@Tag("long")
class TruthfulnessSurveyTest {
    @Test
    void countsOfInstancesWithProfitableMisreports() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        int[][] sizes = {{2, 3}, {3, 3}, {3, 4}, {2, 5}};
        int[] expected = {44, 421, 174, 7};
        for (int z = 0; z < sizes.length; z++) {
            int k = sizes[z][0];
            int n = sizes[z][1];
            int bad = 0;
            for (int t = 0; t < 500; t++) {
                double[][] g = new double[n][k];
                for (double[] r : g) {
                    for (int c = 0; c < k; c++) {
                        r[c] = rng.nextDouble();
                    }
                }
                double[] p2 = simplex(rng, k);
                double[][] bid = new double[n][k];
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < k; c++) {
                        bid[r][c] = (1 - p2[c]) * g[r][c];
                    }
                }
                double[][] q = new double[n][];
                for (int r = 0; r < n; r++) {
                    q[r] = simplex(rng, k);
                }
                int i = rng.nextInt(n);
                double u0 = expected(bid, bid[i], i, q, k);
                double best = 0;
                for (int s = 0; s < 100; s++) {
                    double[][] rep = new double[n][];
                    for (int r = 0; r < n; r++) {
                        rep[r] = bid[r].clone();
                    }
                    for (int c = 0; c < k; c++) {
                        rep[i][c] = rng.nextInt(3) == 0 ? 0 : rng.nextDouble() * 1.5;
                    }
                    best = Math.max(best, expected(rep, bid[i], i, q, k) - u0);
                }
                if (best > 1e-9) {
                    bad++;
                }
            }
            assertEquals(expected[z], bad, "M' = " + k + ", N = " + n);
        }
    }

    private static double[] simplex(UniformRandomProvider rng, int k) {
        double[] p = new double[k];
        double z = 0;
        for (int c = 0; c < k; c++) {
            p[c] = rng.nextDouble();
            z += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= z;
        }
        return p;
    }

    private static double expected(double[][] bids, double[] value, int i, double[][] q, int k) {
        int n = bids.length;
        int total = 1;
        for (int a = 0; a < n; a++) {
            total *= k;
        }
        int[] prof = new int[n];
        double e = 0;
        for (int code = 0; code < total; code++) {
            int c0 = code;
            double p = 1;
            for (int a = 0; a < n; a++) {
                prof[a] = c0 % k;
                c0 /= k;
                p *= q[a][prof[a]];
            }
            if (p == 0) {
                continue;
            }
            AuctionOutcome o = TwoLevelAuction.run(bids, prof.clone());
            int ch = o.channel(i);
            e += p * (ch < 0 ? 0 : value[ch] - o.pay(i));
        }
        return e;
    }
}
